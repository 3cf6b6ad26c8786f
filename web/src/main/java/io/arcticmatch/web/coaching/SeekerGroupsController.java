package io.arcticmatch.web.coaching;

import java.util.UUID;

import io.arcticmatch.matcher.concepts.place.Country;
import io.arcticmatch.web.accounts.Account;
import io.arcticmatch.web.consent.ConsentPurpose;
import io.arcticmatch.web.consent.Consents;
import jakarta.validation.Valid;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * A member's side of coaching groups: their groups, goals, outcomes and attendance, and
 * whether coaches may see their profile. Follow-up notes never show here.
 */
@Controller
@RequestMapping("/seeker/groups")
class SeekerGroupsController {

	private final CoachingService coaching;

	private final Consents consents;

	SeekerGroupsController(CoachingService coaching, Consents consents) {
		this.coaching = coaching;
		this.consents = consents;
	}

	@GetMapping
	String myGroups(Account account, Model model) {
		model.addAttribute("groups", this.coaching.groupsOfMember(account));
		model.addAttribute("sharing", this.consents.isGiven(account.id(), ConsentPurpose.COACHES));
		return "coaching/my-groups";
	}

	@PostMapping("/consent")
	String consent(Account account, @RequestParam boolean share, RedirectAttributes redirect) {
		if (share) {
			this.consents.give(account.id(), ConsentPurpose.COACHES);
		}
		else {
			this.consents.withdraw(account.id(), ConsentPurpose.COACHES);
		}
		redirect.addFlashAttribute("flash", share ? "coaching.consent.given" : "coaching.consent.withdrawn");
		return "redirect:/seeker/groups";
	}

	@GetMapping("/{id}")
	String myGroup(Account account, @PathVariable UUID id, Model model) {
		groupPage(account, new GroupId(id), model);
		model.addAttribute("outcomeForm", OutcomeForm.empty());
		return "coaching/my-group";
	}

	private void groupPage(Account account, GroupId group, Model model) {
		model.addAttribute("view", this.coaching.memberView(account, group));
		model.addAttribute("sharing", this.consents.isGiven(account.id(), ConsentPurpose.COACHES));
		model.addAttribute("kinds", OutcomeKind.values());
		model.addAttribute("countries", Country.values());
	}

	@PostMapping("/{id}/outcomes")
	String addOutcome(Account account, @PathVariable UUID id, @Valid @ModelAttribute("outcomeForm") OutcomeForm form,
			BindingResult errors, Model model, RedirectAttributes redirect) {
		GroupId group = new GroupId(id);
		if (errors.hasErrors()) {
			groupPage(account, group, model);
			return "coaching/my-group";
		}
		this.coaching.addOwnOutcome(account, group, form.toEntry());
		redirect.addFlashAttribute("flash", "coaching.outcome.added");
		return "redirect:/seeker/groups/" + id;
	}

	@GetMapping("/join/{token}")
	String joinPage(@PathVariable String token, Model model) {
		InvitationView invitation = this.coaching.invitation(token).orElseThrow(GroupNotFound::new);
		model.addAttribute("invitation", invitation);
		return "coaching/join";
	}

	@PostMapping("/join/{token}")
	String join(Account account, @PathVariable String token,
			@RequestParam(name = "shareProfile", defaultValue = "false") boolean shareProfile, Model model,
			RedirectAttributes redirect) {
		InvitationView invitation = this.coaching.invitation(token).orElseThrow(GroupNotFound::new);
		JoinResult result = this.coaching.join(account, token, shareProfile);
		if (result == JoinResult.JOINED || result == JoinResult.ALREADY_MEMBER) {
			redirect.addFlashAttribute("flash",
					(result == JoinResult.JOINED) ? "coaching.join.joined" : "coaching.join.alreadyMember");
			return "redirect:/seeker/groups/" + invitation.group().id();
		}
		model.addAttribute("invitation", invitation);
		model.addAttribute("failure", "coaching.join." + result.name());
		return "coaching/join";
	}

}
