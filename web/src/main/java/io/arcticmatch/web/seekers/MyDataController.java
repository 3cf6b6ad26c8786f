package io.arcticmatch.web.seekers;

import java.util.Locale;
import java.util.Map;

import io.arcticmatch.web.accounts.Account;
import io.arcticmatch.web.accounts.AccountService;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.authentication.logout.SecurityContextLogoutHandler;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * "My data": everything Arctic Match keeps about the seeker as one JSON download, and
 * deleting the account with all of it.
 */
@Controller
class MyDataController {

	private final AccountService accounts;

	private final JsonMapper json;

	MyDataController(AccountService accounts, JsonMapper json) {
		this.accounts = accounts;
		this.json = json;
	}

	@GetMapping("/seeker/data")
	String page(Account account, Model model) {
		model.addAttribute("sections", this.accounts.export(account.id()).keySet());
		return "seekers/data";
	}

	@GetMapping("/seeker/data/export")
	ResponseEntity<byte[]> export(Account account) {
		Map<String, Object> export = this.accounts.export(account.id());
		return ResponseEntity.ok()
			.contentType(MediaType.APPLICATION_JSON)
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.attachment().filename("arctic-match-my-data.json").build().toString())
			.header(HttpHeaders.CACHE_CONTROL, "no-store")
			.body(this.json.writerWithDefaultPrettyPrinter().writeValueAsBytes(export));
	}

	/**
	 * Deletes the account once the person has typed their own e-mail address, the
	 * confirmation that they mean it; then signs them out, as there is no one left to be
	 * signed in.
	 */
	@PostMapping("/seeker/data/delete")
	String delete(Account account, @RequestParam(name = "confirmEmail", defaultValue = "") String confirmEmail,
			HttpServletRequest request, HttpServletResponse response, Model model) {
		if (!confirmEmail.strip().toLowerCase(Locale.ROOT).equals(account.email().toLowerCase(Locale.ROOT))) {
			model.addAttribute("sections", this.accounts.export(account.id()).keySet());
			model.addAttribute("confirmProblem", true);
			return "seekers/data";
		}
		java.util.Set<String> removed = this.accounts.export(account.id()).keySet();
		this.accounts.delete(account.id());
		new SecurityContextLogoutHandler().logout(request, response,
				SecurityContextHolder.getContext().getAuthentication());
		model.addAttribute("removed", removed);
		model.addAttribute("email", account.email());
		return "seekers/deleted";
	}

}
