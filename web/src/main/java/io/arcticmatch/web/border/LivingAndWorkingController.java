package io.arcticmatch.web.border;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

import io.arcticmatch.matcher.concepts.place.Country;
import org.jspecify.annotations.Nullable;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;

/**
 * The public pages: {@code /living-and-working} (choose a country, or try a move),
 * {@code /living-and-working/{no|se|fi}} (everything about working there, by topic) and
 * {@code /living-and-working/check} (the checklist for one move, as a job page shows it).
 */
@Controller
class LivingAndWorkingController {

	private final BorderGuidance guidance;

	LivingAndWorkingController(BorderGuidance guidance) {
		this.guidance = guidance;
	}

	@GetMapping("/living-and-working")
	String choose(Model model) {
		model.addAttribute("countries", Country.values());
		addChoices(model);
		model.addAttribute("query", new CheckQuery("", "", "", ""));
		return "border/living";
	}

	@GetMapping("/living-and-working/{code}")
	String country(@PathVariable String code, Model model, Locale locale) {
		Country country = Country.fromCode(code)
			.filter((found) -> found.name().equalsIgnoreCase(code))
			.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
		model.addAttribute("country", country);
		model.addAttribute("topics", this.guidance.forCountry(country, locale));
		return "border/country";
	}

	/** The check form as typed, kept to show it again. */
	record CheckQuery(String job, String home, String group, String situation) {

	}

	@GetMapping("/living-and-working/check")
	String check(@RequestParam(defaultValue = "") String job, @RequestParam(defaultValue = "") String home,
			@RequestParam(defaultValue = "") String group, @RequestParam(defaultValue = "") String situation,
			Model model, Locale locale) {
		model.addAttribute("query", new CheckQuery(job, home, group, situation));
		addChoices(model);
		Optional<Country> jobCountry = job.isBlank() ? Optional.empty() : Country.fromCode(job);
		Optional<Country> homeCountry = home.isBlank() ? Optional.empty() : Country.fromCode(home);
		CitizenshipGroup citizenship = parse(CitizenshipGroup.class, group);
		Situation move = parse(Situation.class, situation);
		boolean valid = jobCountry.isPresent() && (home.isBlank() || homeCountry.isPresent())
				&& (group.isBlank() || citizenship != null)
				&& (situation.isBlank() || (move != null && move != Situation.BOTH));
		if (!valid) {
			model.addAttribute("invalid", true);
			return "border/check";
		}
		MoveSituation moveSituation = new MoveSituation(homeCountry.orElse(null), citizenship, move);
		List<ChecklistItem> items = this.guidance.forJob(jobCountry.get(), moveSituation, locale);
		model.addAttribute("jobCountry", jobCountry.get());
		model.addAttribute("sameCountry", moveSituation.home() == jobCountry.get());
		model.addAttribute("items", items);
		return "border/check";
	}

	private static void addChoices(Model model) {
		model.addAttribute("countries", Country.values());
		model.addAttribute("groups", CitizenshipGroup.values());
		model.addAttribute("situations", List.of(Situation.COMMUTER, Situation.MOVER));
	}

	static <E extends Enum<E>> @Nullable E parse(Class<E> type, String value) {
		for (E constant : type.getEnumConstants()) {
			if (constant.name().equalsIgnoreCase(value.strip())) {
				return constant;
			}
		}
		return null;
	}

}
