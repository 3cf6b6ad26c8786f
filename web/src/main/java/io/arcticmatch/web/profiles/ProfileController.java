package io.arcticmatch.web.profiles;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.FormatStyle;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import io.arcticmatch.matcher.concepts.Concepts;
import io.arcticmatch.matcher.concepts.core.LabelLanguage;
import io.arcticmatch.matcher.concepts.language.CefrLevel;
import io.arcticmatch.matcher.concepts.licence.DrivingLicence;
import io.arcticmatch.matcher.concepts.place.Country;
import io.arcticmatch.matcher.matching.EducationLevel;
import io.arcticmatch.matcher.posting.EmploymentType;
import io.arcticmatch.matcher.posting.RemoteMode;
import io.arcticmatch.matcher.posting.SalaryPeriod;
import io.arcticmatch.web.accounts.Account;
import io.arcticmatch.web.consent.ConsentChange;
import io.arcticmatch.web.consent.ConsentPurpose;
import io.arcticmatch.web.consent.Consents;
import io.arcticmatch.web.search.ConceptLabels;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The seeker's own profile editor and their consent to be seen, on one page: what they
 * offer and want, and who may see it.
 */
@Controller
class ProfileController {

	private final SeekerProfiles profiles;

	private final ProfileEditor editor;

	private final Consents consents;

	private final Concepts concepts;

	ProfileController(SeekerProfiles profiles, ProfileEditor editor, Consents consents, Concepts concepts) {
		this.profiles = profiles;
		this.editor = editor;
		this.consents = consents;
		this.concepts = concepts;
	}

	@GetMapping("/seeker/profile")
	String page(Account account, Locale locale, Model model) {
		ProfileForm form = this.profiles.find(account.id())
			.map((stored) -> this.editor.formOf(stored.profile(), locale))
			.orElseGet(ProfileForm::blank);
		return show(account, form, Map.of(), locale, model);
	}

	@PostMapping("/seeker/profile")
	String save(Account account, @RequestParam MultiValueMap<String, String> params, Locale locale, Model model,
			RedirectAttributes redirect) {
		ProfileEditor.Edit edit = this.editor.resolve(ProfileForm.read(params), locale);
		if (edit.profile() == null) {
			return show(account, edit.form(), edit.problems(), locale, model);
		}
		this.profiles.save(account.id(), edit.profile());
		redirect.addFlashAttribute("flash", "seekers.profile.saved");
		return "redirect:/seeker/profile";
	}

	@PostMapping("/seeker/profile/consent")
	String consent(Account account, @RequestParam("purpose") String purpose, @RequestParam("given") boolean given,
			RedirectAttributes redirect) {
		ConsentPurpose chosen;
		try {
			chosen = ConsentPurpose.valueOf(purpose);
		}
		catch (IllegalArgumentException ex) {
			return "redirect:/seeker/profile#visibility";
		}
		if (given) {
			this.consents.give(account.id(), chosen);
		}
		else {
			this.consents.withdraw(account.id(), chosen);
		}
		redirect.addFlashAttribute("flash", given ? "seekers.consent.given" : "seekers.consent.withdrawn");
		return "redirect:/seeker/profile#visibility";
	}

	private String show(Account account, ProfileForm form, Map<String, String> problems, Locale locale, Model model) {
		LabelLanguage language = ConceptLabels.languageOf(locale);
		model.addAttribute("form", form);
		model.addAttribute("problems", problems);
		model.addAttribute("licences",
				this.concepts.licences()
					.all()
					.stream()
					.sorted(Comparator.comparing(DrivingLicence::code))
					.map((licence) -> new Choice(licence.id(), licence.code() + " – " + licence.label(language)))
					.toList());
		model.addAttribute("countries",
				Arrays.stream(Country.values()).map((c) -> new CountryChoice(c, c.names().get(language))).toList());
		model.addAttribute("educationLevels", EducationLevel.values());
		model.addAttribute("levels", CefrLevel.values());
		model.addAttribute("employmentTypes", EmploymentType.values());
		model.addAttribute("remoteModes", RemoteMode.values());
		model.addAttribute("currencies", List.of("NOK", "SEK", "EUR"));
		model.addAttribute("periods", SalaryPeriod.values());
		model.addAttribute("purposes", ConsentPurpose.values());
		model.addAttribute("given", this.consents.given(account.id()));
		DateTimeFormatter time = new DateTimeFormatterBuilder().appendLocalized(FormatStyle.MEDIUM, FormatStyle.SHORT)
			.toFormatter(locale)
			.withZone(zoneOf(locale));
		model.addAttribute("history",
				this.consents.history(account.id())
					.reversed()
					.stream()
					.map((ConsentChange change) -> new HistoryRow(change.purpose(), change.given(),
							time.format(change.at()), change.at().toString()))
					.toList());
		model.addAttribute("zone", zoneOf(locale).getId());
		return "seekers/profile";
	}

	/**
	 * Times are shown on the clock of the country whose language the page is in; Norway
	 * and Sweden share one.
	 */
	static ZoneId zoneOf(Locale locale) {
		return "fi".equals(locale.getLanguage()) ? ZoneId.of("Europe/Helsinki") : ZoneId.of("Europe/Oslo");
	}

	/**
	 * A value to pick and how it is shown.
	 *
	 * @param value what the form sends
	 * @param label what the person reads
	 */
	record Choice(String value, String label) {

	}

	/**
	 * A country to look for work in.
	 *
	 * @param country which
	 * @param label its name in the page's language
	 */
	record CountryChoice(Country country, String label) {

	}

	/**
	 * One consent change as shown.
	 *
	 * @param purpose for what
	 * @param given given or withdrawn
	 * @param at when, in the page's language
	 * @param iso when, for a {@code <time>} element
	 */
	record HistoryRow(ConsentPurpose purpose, boolean given, String at, String iso) {

	}

}
