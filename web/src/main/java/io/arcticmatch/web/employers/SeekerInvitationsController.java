package io.arcticmatch.web.employers;

import java.util.UUID;

import io.arcticmatch.web.accounts.Account;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * A seeker's invitations to apply, and the answers to them.
 */
@Controller
class SeekerInvitationsController {

	private final Candidates candidates;

	SeekerInvitationsController(Candidates candidates) {
		this.candidates = candidates;
	}

	@GetMapping("/seeker/invitations")
	String page(Account account, Model model) {
		model.addAttribute("invitations", this.candidates.received(account));
		return "employers/seeker-invitations";
	}

	@PostMapping("/seeker/invitations/{id}/answer")
	String answer(Account account, @PathVariable UUID id, @RequestParam(defaultValue = "") String answer,
			@RequestParam(defaultValue = "") String message, RedirectAttributes redirect) {
		if (!answer.equals("yes") && !answer.equals("no")) {
			redirect.addFlashAttribute("flash", "employers.invitations.answerRequired");
			return "redirect:/seeker/invitations";
		}
		String note = (message.length() > 2000) ? message.substring(0, 2000) : message;
		this.candidates.answer(account, id, answer.equals("yes"), note);
		redirect.addFlashAttribute("flash", "employers.invitations.answered");
		return "redirect:/seeker/invitations";
	}

}
