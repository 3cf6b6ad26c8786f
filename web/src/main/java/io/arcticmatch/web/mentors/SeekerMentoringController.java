package io.arcticmatch.web.mentors;

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
 * {@code /seeker/mentoring}: a seeker asks for a mentor, accepts or declines the pair the
 * coordinator proposes, and finds their pairs and the programme's events.
 */
@Controller
class SeekerMentoringController {

	private final MentorProgramme programme;

	private final MentorEvents events;

	private final MentoringMail mail;

	SeekerMentoringController(MentorProgramme programme, MentorEvents events, MentoringMail mail) {
		this.programme = programme;
		this.events = events;
		this.mail = mail;
	}

	@GetMapping("/seeker/mentoring")
	String page(Account account, Model model) {
		model.addAttribute("request", this.programme.liveRequest(account.id()).orElse(null));
		model.addAttribute("pairs",
				this.programme.pairsOf(account.id())
					.stream()
					.filter((pair) -> pair.mentee().equals(account.id()))
					.toList());
		model.addAttribute("events", this.events.upcoming());
		return "mentors/seeker";
	}

	@PostMapping("/seeker/mentoring/request")
	String request(Account account, @RequestParam(defaultValue = "") String wishes, RedirectAttributes redirect) {
		if (wishes.length() > 1000) {
			redirect.addFlashAttribute("flash", "mentors.seeker.wishes.tooLong");
			return "redirect:/seeker/mentoring";
		}
		this.programme.request(account.id(), wishes);
		redirect.addFlashAttribute("flash", "mentors.seeker.requested");
		return "redirect:/seeker/mentoring";
	}

	@PostMapping("/seeker/mentoring/pairs/{id}/accept")
	String accept(@PathVariable UUID id, Account account, RedirectAttributes redirect) {
		this.programme.answer(account.id(), id, true);
		redirect.addFlashAttribute("flash", "mentors.seeker.accepted");
		return "redirect:/mentoring/pairs/" + id;
	}

	@PostMapping("/seeker/mentoring/pairs/{id}/decline")
	String decline(@PathVariable UUID id, Account account, RedirectAttributes redirect) {
		this.programme.answer(account.id(), id, false);
		redirect.addFlashAttribute("flash", "mentors.seeker.declined");
		return "redirect:/seeker/mentoring";
	}

}
