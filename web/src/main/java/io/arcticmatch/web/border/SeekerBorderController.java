package io.arcticmatch.web.border;

import java.util.ArrayList;
import java.util.List;

import io.arcticmatch.matcher.concepts.place.Country;
import io.arcticmatch.web.accounts.Account;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * {@code /seeker/border}: a seeker says where they live and their citizenship group, so
 * that job pages show the border guidance for their own move. Both may be left unsaid;
 * then the guidance shows the items for everyone.
 */
@Controller
class SeekerBorderController {

	private final SeekerSituations situations;

	private final BorderGuidance guidance;

	SeekerBorderController(SeekerSituations situations, BorderGuidance guidance) {
		this.situations = situations;
		this.guidance = guidance;
	}

	/** A link to a country's checklist for this seeker. */
	record CheckLink(Country job, MoveSituation move) {

	}

	@GetMapping("/seeker/border")
	String page(Account account, Model model) {
		SeekerSituation situation = this.situations.find(account.id());
		model.addAttribute("situation", situation);
		model.addAttribute("countries", Country.values());
		model.addAttribute("groups", CitizenshipGroup.values());
		List<CheckLink> links = new ArrayList<>();
		for (Country job : Country.values()) {
			if (job != situation.home()) {
				links.add(new CheckLink(job, this.guidance.situationOf(account.id(), job)));
			}
		}
		model.addAttribute("links", links);
		return "border/seeker";
	}

	@PostMapping("/seeker/border")
	String save(Account account, @RequestParam(defaultValue = "") String home,
			@RequestParam(defaultValue = "") String group, RedirectAttributes redirect) {
		Country homeCountry = home.isBlank() ? null : Country.fromCode(home).orElse(null);
		CitizenshipGroup citizenship = LivingAndWorkingController.parse(CitizenshipGroup.class, group);
		this.situations.save(account.id(), new SeekerSituation(homeCountry, citizenship));
		redirect.addFlashAttribute("flash", "border.seeker.saved");
		return "redirect:/seeker/border";
	}

}
