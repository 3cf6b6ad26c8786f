package io.arcticmatch.web.mentors;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import io.arcticmatch.matcher.concepts.occupation.OccupationConcept;
import io.arcticmatch.matcher.matching.LanguageSkill;
import io.arcticmatch.matcher.matching.SeekerProfile;
import io.arcticmatch.web.accounts.Account;
import io.arcticmatch.web.events.SignupRefused;
import io.arcticmatch.web.events.SignupStatus;
import io.arcticmatch.web.mentors.Values.Mentor;
import io.arcticmatch.web.mentors.Values.MentorEvent;
import io.arcticmatch.web.mentors.Values.MentorOffer;
import io.arcticmatch.web.mentors.Values.Pair;
import jakarta.validation.Valid;

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
 * Pages for every signed-in person: {@code /mentoring/mentor} (offer to mentor, see one's
 * pairs), {@code /mentoring/pairs/{id}} (a pair's goals, meetings and ending, for its two
 * members only) and {@code /mentoring/events} (programme events with sign-up).
 */
@Controller
class MentorsController {

	private final MentorProgramme programme;

	private final MentorEvents events;

	/** Meeting dates are the region's calendar days. */
	private static final ZoneId REGION = ZoneId.of("Europe/Oslo");

	private final Labelling labelling;

	private final MentoringMail mail;

	private final Clock clock;

	MentorsController(MentorProgramme programme, MentorEvents events, Labelling labelling, MentoringMail mail,
			Clock clock) {
		this.programme = programme;
		this.events = events;
		this.labelling = labelling;
		this.mail = mail;
		this.clock = clock;
	}

	private LocalDate today() {
		return LocalDate.ofInstant(this.clock.instant(), REGION);
	}

	@GetMapping("/mentoring/mentor")
	String mentorPage(Account account, Model model, Locale locale) {
		Optional<Mentor> mentor = this.programme.mentor(account.id());
		model.addAttribute("form",
				mentor
					.map((found) -> MentorForm.of(found, this.labelling.occupationLabels(found.occupations(), locale)))
					.orElse(MentorForm.empty()));
		return mentorPage(account, mentor, model);
	}

	@PostMapping("/mentoring/mentor")
	String offer(Account account, @Valid @ModelAttribute("form") MentorForm form, BindingResult errors, Model model,
			RedirectAttributes redirect) {
		List<String> occupations = new ArrayList<>();
		if (!errors.hasFieldErrors("occupations")) {
			for (String term : form.occupationTerms()) {
				Optional<OccupationConcept> concept = this.labelling.occupation(term);
				if (concept.isEmpty()) {
					errors.rejectValue("occupations", "mentors.form.occupations.unknown", new Object[] { term }, "");
					break;
				}
				occupations.add(concept.get().id());
			}
		}
		if (!errors.hasFieldErrors("place") && !this.labelling.isPlace(form.place())) {
			errors.rejectValue("place", "mentors.form.place.unknown", new Object[] { form.place() }, "");
		}
		List<String> languages = (form.languages() != null) ? form.languages() : List.of();
		if (!Labelling.LANGUAGES.containsAll(languages)) {
			errors.rejectValue("languages", "mentors.form.languages.required");
		}
		if (errors.hasErrors() || form.hoursPerMonth() == null) {
			return mentorPage(account, this.programme.mentor(account.id()), model);
		}
		this.programme.offer(account.id(),
				new MentorOffer(List.copyOf(new LinkedHashSet<>(occupations)), new LinkedHashSet<>(languages),
						form.place(), form.hoursPerMonth(), (form.about() != null) ? form.about() : ""));
		redirect.addFlashAttribute("flash", "mentors.mentor.saved");
		return "redirect:/mentoring/mentor";
	}

	private String mentorPage(Account account, Optional<Mentor> mentor, Model model) {
		model.addAttribute("mentor", mentor.orElse(null));
		model.addAttribute("languageChoices", Labelling.LANGUAGES);
		model.addAttribute("pairs",
				this.programme.pairsOf(account.id())
					.stream()
					.filter((pair) -> pair.mentor().equals(account.id()))
					.toList());
		return "mentors/mentor";
	}

	@GetMapping("/mentoring/pairs/{id}")
	String pair(@PathVariable UUID id, Account account, Model model, Locale locale) {
		Pair pair = this.programme.pairFor(account.id(), id);
		model.addAttribute("pair", pair);
		model.addAttribute("isMentor", pair.mentor().equals(account.id()));
		model.addAttribute("meetings", this.programme.meetings(account.id(), id));
		model.addAttribute("today", today());
		Optional<SeekerProfile> profile = this.programme.menteeProfileFor(account.id(), id);
		model
			.addAttribute("menteeOccupations",
					profile.map((found) -> found.occupations()
						.stream()
						.map((o) -> this.labelling.occupationLabel(o.conceptId(), locale))
						.toList()).orElse(null));
		model.addAttribute("menteeLanguages",
				profile.map((found) -> found.languages().stream().map(LanguageSkill::languageCode).toList())
					.orElse(null));
		model.addAttribute("menteeHome",
				profile.map((found) -> (found.home() != null) ? found.home().placeName() : "").orElse(null));
		return "mentors/pair";
	}

	@PostMapping("/mentoring/pairs/{id}/goals")
	String goals(@PathVariable UUID id, @RequestParam(defaultValue = "") String goals, Account account,
			RedirectAttributes redirect) {
		if (goals.length() > 2000) {
			redirect.addFlashAttribute("flash", "mentors.pair.goals.tooLong");
		}
		else {
			this.programme.setGoals(account.id(), id, goals);
			redirect.addFlashAttribute("flash", "mentors.pair.goals.saved");
		}
		return "redirect:/mentoring/pairs/" + id;
	}

	@PostMapping("/mentoring/pairs/{id}/meetings")
	String meeting(@PathVariable UUID id, @RequestParam(defaultValue = "") String metOn,
			@RequestParam(defaultValue = "") String note, Account account, RedirectAttributes redirect) {
		LocalDate date;
		try {
			date = LocalDate.parse(metOn);
		}
		catch (java.time.format.DateTimeParseException ex) {
			this.programme.pairFor(account.id(), id);
			redirect.addFlashAttribute("flash", "mentors.pair.meeting.invalid");
			return "redirect:/mentoring/pairs/" + id;
		}
		if (note.isBlank() || note.length() > 2000 || date.isAfter(today().plusDays(1))) {
			this.programme.pairFor(account.id(), id);
			redirect.addFlashAttribute("flash", "mentors.pair.meeting.invalid");
			return "redirect:/mentoring/pairs/" + id;
		}
		this.programme.logMeeting(account.id(), id, date, note);
		redirect.addFlashAttribute("flash", "mentors.pair.meeting.saved");
		return "redirect:/mentoring/pairs/" + id;
	}

	@PostMapping("/mentoring/pairs/{id}/end")
	String end(@PathVariable UUID id, @RequestParam(defaultValue = "") String reason, Account account,
			RedirectAttributes redirect) {
		if (reason.isBlank() || reason.length() > 1000) {
			this.programme.pairFor(account.id(), id);
			redirect.addFlashAttribute("flash", "mentors.pair.end.reasonRequired");
			return "redirect:/mentoring/pairs/" + id;
		}
		this.programme.endPair(account.id(), id, reason);
		redirect.addFlashAttribute("flash", "mentors.pair.ended");
		return "redirect:/mentoring/pairs/" + id;
	}

	@GetMapping("/mentoring/events")
	String events(Account account, Model model) {
		List<MentorEvent> upcoming = this.events.upcoming();
		Map<String, String> mine = new HashMap<>();
		for (MentorEvent event : upcoming) {
			mine.put(event.id().toString(),
					this.events.signupOf(account.id(), event.id()).map((signup) -> signup.status().name()).orElse(""));
		}
		model.addAttribute("events", upcoming);
		model.addAttribute("mayJoin", this.events.mayJoin(account));
		model.addAttribute("mine", mine);
		return "mentors/events";
	}

	@PostMapping("/mentoring/events/{id}/signup")
	String signUp(@PathVariable UUID id, Account account, RedirectAttributes redirect) {
		try {
			SignupStatus status = this.events.signUp(account, id);
			redirect.addFlashAttribute("flash", "mentors.events.signedUp." + status.name());
		}
		catch (SignupRefused refused) {
			redirect.addFlashAttribute("flash", "mentors.events.closed");
		}
		return "redirect:/mentoring/events";
	}

	@PostMapping("/mentoring/events/{id}/cancel")
	String cancel(@PathVariable UUID id, Account account, RedirectAttributes redirect) {
		this.events.cancel(account.id(), id);
		redirect.addFlashAttribute("flash", "mentors.events.cancelled");
		return "redirect:/mentoring/events";
	}

}
