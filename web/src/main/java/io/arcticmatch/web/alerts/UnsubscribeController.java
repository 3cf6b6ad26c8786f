package io.arcticmatch.web.alerts;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.server.ResponseStatusException;

/**
 * {@code /unsubscribe/{token}}: the link in every alert mail, public because it carries
 * its own secret. Opening it only asks (mail scanners open links); the button, or a mail
 * program's one-click request (RFC 8058), stops the alert. The saved search stays on its
 * owner's alerts page, paused.
 */
@Controller
class UnsubscribeController {

	private final SavedSearches searches;

	UnsubscribeController(SavedSearches searches) {
		this.searches = searches;
	}

	@GetMapping("/unsubscribe/{token}")
	String confirm(@PathVariable String token, Model model) {
		SavedSearch search = this.searches.findByToken(token)
			.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
		model.addAttribute("token", token);
		model.addAttribute("search", search);
		return "alerts/unsubscribe";
	}

	@PostMapping("/unsubscribe/{token}")
	String unsubscribe(@PathVariable String token, Model model) {
		SavedSearch search = this.searches.unsubscribe(token)
			.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
		model.addAttribute("search", search);
		return "alerts/unsubscribed";
	}

}
