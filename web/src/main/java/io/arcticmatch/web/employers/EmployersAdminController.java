package io.arcticmatch.web.employers;

import java.util.UUID;

import io.arcticmatch.web.paging.Paging;
import org.jspecify.annotations.Nullable;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Administrators approve or reject registered organisations.
 */
@Controller
class EmployersAdminController {

	private static final int EMPLOYERS_PER_PAGE = 50;

	private final Employers employers;

	EmployersAdminController(Employers employers) {
		this.employers = employers;
	}

	@GetMapping("/admin/employers")
	String page(@RequestParam(name = "page", required = false) @Nullable String page, Model model) {
		Paging paging = Paging.of(page, EMPLOYERS_PER_PAGE, this.employers.count());
		model.addAttribute("paging", paging);
		model.addAttribute("employers", this.employers.page(paging.offset(), paging.size()));
		return "employers/admin";
	}

	@PostMapping("/admin/employers/{id}/approve")
	String approve(@PathVariable UUID id, RedirectAttributes redirect) {
		this.employers.find(id).orElseThrow(() -> new NotFound("employer " + id));
		this.employers.approve(id);
		redirect.addFlashAttribute("flash", "employers.admin.approved");
		return "redirect:/admin/employers";
	}

	@PostMapping("/admin/employers/{id}/reject")
	String reject(@PathVariable UUID id, @RequestParam(defaultValue = "") String reason, RedirectAttributes redirect) {
		this.employers.find(id).orElseThrow(() -> new NotFound("employer " + id));
		if (reason.isBlank() || reason.length() > 1000) {
			redirect.addFlashAttribute("flash", "employers.admin.reasonRequired");
			return "redirect:/admin/employers";
		}
		this.employers.reject(id, reason);
		redirect.addFlashAttribute("flash", "employers.admin.rejected");
		return "redirect:/admin/employers";
	}

}
