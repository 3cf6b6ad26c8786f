package io.arcticmatch.web.coaching;

import io.arcticmatch.web.accounts.Account;
import org.jspecify.annotations.Nullable;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/**
 * Where an invitation mail's link leads: public, because the invited person may have no
 * account yet; the token is the secret. It shows the group's name and coaches only and
 * leads on to joining, which needs a seeker account (signing in or up on the way).
 */
@Controller
class InvitationController {

	private final CoachingService coaching;

	InvitationController(CoachingService coaching) {
		this.coaching = coaching;
	}

	@GetMapping("/invitations/coaching/{token}")
	String invitation(@Nullable Account account, @PathVariable String token, Model model) {
		InvitationView invitation = this.coaching.invitation(token).orElseThrow(GroupNotFound::new);
		model.addAttribute("invitation", invitation);
		model.addAttribute("signedIn", account != null);
		return "coaching/invitation";
	}

}
