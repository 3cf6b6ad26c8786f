package io.arcticmatch.web.employers;

import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Pattern;

import io.arcticmatch.matcher.concepts.Concepts;
import io.arcticmatch.matcher.concepts.core.LabelLanguage;
import io.arcticmatch.matcher.concepts.language.CefrLevel;
import io.arcticmatch.matcher.concepts.place.Country;
import io.arcticmatch.matcher.posting.EmploymentType;
import io.arcticmatch.matcher.posting.RemoteMode;
import io.arcticmatch.matcher.posting.SalaryPeriod;
import io.arcticmatch.matcher.posting.WorkingTime;
import io.arcticmatch.web.accounts.Account;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The employer's pages: openings (post, edit, close, reopen, duplicate), the candidates
 * matched to an opening, and colleagues. Everything is limited to the user's own
 * organisation; another organisation's opening answers 404.
 */
@Controller
class OpeningsController {

	private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");

	private final Openings openings;

	private final OpeningForms forms;

	private final Candidates candidates;

	private final Employers employers;

	private final Concepts concepts;

	OpeningsController(Openings openings, OpeningForms forms, Candidates candidates, Employers employers,
			Concepts concepts) {
		this.openings = openings;
		this.forms = forms;
		this.candidates = candidates;
		this.employers = employers;
		this.concepts = concepts;
	}

	@GetMapping("/employer/openings")
	String list(Account account, Model model) {
		Optional<Employer> employer = this.employers.of(account);
		if (employer.isEmpty()) {
			return "employers/no-organisation";
		}
		model.addAttribute("employer", employer.get());
		model.addAttribute("openings", this.openings.list(account));
		return "employers/openings";
	}

	@GetMapping("/employer/openings/new")
	String newPage(Account account, @RequestParam(required = false) UUID from, Model model, Locale locale) {
		Employer employer = this.openings.employerOf(account);
		OpeningForm form = (from != null) ? OpeningForm.of(this.openings.get(account, from).details())
				: new OpeningForm();
		if (from == null) {
			form.setCountry(employer.country().name());
		}
		else {
			// a copy gets a new deadline
			form.setDeadline("");
		}
		return formPage(model, form, null, locale);
	}

	@PostMapping("/employer/openings/new")
	String post(Account account, @ModelAttribute("form") OpeningForm form, BindingResult errors, Model model,
			Locale locale, RedirectAttributes redirect) {
		this.openings.employerOf(account);
		Optional<OpeningDetails> details = this.forms.resolve(form, errors, language(locale));
		if (details.isEmpty()) {
			return formPage(model, form, null, locale);
		}
		Opening opening = this.openings.post(account, details.get());
		redirect.addFlashAttribute("flash", "employers.opening.posted");
		redirect.addFlashAttribute("highlight", opening.id());
		return "redirect:/employer/openings";
	}

	@GetMapping("/employer/openings/{id}/edit")
	String editPage(Account account, @PathVariable UUID id, Model model, Locale locale) {
		Opening opening = this.openings.get(account, id);
		return formPage(model, OpeningForm.of(opening.details()), opening, locale);
	}

	@PostMapping("/employer/openings/{id}/edit")
	String edit(Account account, @PathVariable UUID id, @ModelAttribute("form") OpeningForm form, BindingResult errors,
			Model model, Locale locale, RedirectAttributes redirect) {
		Opening opening = this.openings.get(account, id);
		Optional<OpeningDetails> details = this.forms.resolve(form, errors, language(locale));
		if (details.isEmpty()) {
			return formPage(model, form, opening, locale);
		}
		this.openings.edit(account, id, details.get());
		redirect.addFlashAttribute("flash", "employers.opening.saved");
		return "redirect:/employer/openings";
	}

	@PostMapping("/employer/openings/{id}/close")
	String close(Account account, @PathVariable UUID id, RedirectAttributes redirect) {
		this.openings.close(account, id);
		redirect.addFlashAttribute("flash", "employers.opening.closed");
		return "redirect:/employer/openings";
	}

	@PostMapping("/employer/openings/{id}/reopen")
	String reopen(Account account, @PathVariable UUID id, RedirectAttributes redirect) {
		boolean reopened = this.openings.reopen(account, id).isPresent();
		redirect.addFlashAttribute("flash",
				reopened ? "employers.opening.reopened" : "employers.opening.reopen.deadlinePassed");
		return reopened ? "redirect:/employer/openings" : "redirect:/employer/openings/" + id + "/edit";
	}

	@PostMapping("/employer/openings/{id}/duplicate")
	String duplicate(Account account, @PathVariable UUID id) {
		this.openings.get(account, id);
		return "redirect:/employer/openings/new?from=" + id;
	}

	@GetMapping("/employer/openings/{id}/candidates")
	String candidates(Account account, @PathVariable UUID id, Model model) {
		model.addAttribute("opening", this.openings.get(account, id));
		model.addAttribute("candidates", this.candidates.top(account, id));
		return "employers/candidates";
	}

	@PostMapping("/employer/openings/{id}/candidates/{seeker}/invite")
	String invite(Account account, @PathVariable UUID id, @PathVariable UUID seeker,
			@RequestParam(defaultValue = "") String message, Locale locale, RedirectAttributes redirect) {
		String note = (message.length() > 2000) ? message.substring(0, 2000) : message;
		boolean sent = this.candidates.invite(account, id, seeker, note, locale);
		redirect.addFlashAttribute("flash",
				sent ? "employers.candidates.invited" : "employers.candidates.alreadyInvited");
		return "redirect:/employer/openings/" + id + "/candidates";
	}

	@GetMapping("/employer/colleagues")
	String colleagues(Account account, Model model) {
		Employer employer = this.openings.employerOf(account);
		model.addAttribute("employer", employer);
		model.addAttribute("members", this.employers.members(employer.id()));
		return "employers/colleagues";
	}

	@PostMapping("/employer/colleagues")
	String inviteColleague(Account account, @RequestParam(defaultValue = "") String email, Locale locale,
			RedirectAttributes redirect) {
		this.openings.employerOf(account);
		if (!EMAIL.matcher(email.strip()).matches() || email.length() > 320) {
			redirect.addFlashAttribute("flash", "employers.colleagues.emailInvalid");
			return "redirect:/employer/colleagues";
		}
		this.employers.inviteColleague(account, email, locale);
		redirect.addFlashAttribute("flash", "employers.colleagues.invited");
		return "redirect:/employer/colleagues";
	}

	private String formPage(Model model, OpeningForm form, Opening opening, Locale locale) {
		LabelLanguage language = language(locale);
		form.fillLanguageRows();
		model.addAttribute("form", form);
		model.addAttribute("opening", opening);
		model.addAttribute("preview", DescriptionHtml.sanitise(form.getDescription()));
		model.addAttribute("countries", Country.values());
		model.addAttribute("employmentTypes", EmploymentType.values());
		model.addAttribute("workingTimes", WorkingTime.values());
		model.addAttribute("remoteModes", RemoteMode.values());
		model.addAttribute("periods", SalaryPeriod.values());
		model.addAttribute("currencies", List.of("NOK", "SEK", "EUR"));
		model.addAttribute("levels", CefrLevel.values());
		model.addAttribute("workingLanguages",
				OpeningForms.WORKING_LANGUAGES.stream()
					.flatMap((id) -> this.concepts.languages().byId(id).stream())
					.map((found) -> new Choice(found.id(), found.label(language)))
					.toList());
		model.addAttribute("licences",
				this.concepts.licences()
					.all()
					.stream()
					.map((licence) -> new Choice(licence.id(), licence.code() + " – " + licence.label(language)))
					.sorted(Comparator.comparing(Choice::id))
					.toList());
		return "employers/opening-form";
	}

	private static LabelLanguage language(Locale locale) {
		return LabelLanguage.fromTag(locale.toLanguageTag()).orElse(LabelLanguage.EN);
	}

	/**
	 * An option of a list.
	 *
	 * @param id its value
	 * @param label its text
	 */
	record Choice(String id, String label) {

	}

}
