package io.arcticmatch.web.mentors;

import java.time.Clock;
import java.time.LocalDateTime;
import java.time.ZonedDateTime;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.UUID;

import io.arcticmatch.web.accounts.Account;
import io.arcticmatch.web.accounts.AccountId;
import io.arcticmatch.web.mentors.Values.NewEvent;
import io.arcticmatch.web.search.ConceptLabels;

import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * {@code /coach/mentoring}: the programme coordinator (a coach or an administrator)
 * approves mentors, pairs requests with a proposed mentor, follows every pair, downloads
 * the programme's indicators and sets up events.
 */
@Controller
class CoachMentoringController {

	private final MentorProgramme programme;

	private final MentorEvents events;

	private final Labelling labelling;

	private final Clock clock;

	CoachMentoringController(MentorProgramme programme, MentorEvents events, Labelling labelling, Clock clock) {
		this.programme = programme;
		this.events = events;
		this.labelling = labelling;
		this.clock = clock;
	}

	@GetMapping("/coach/mentoring")
	String overview(Model model) {
		model.addAttribute("pending", this.programme.mentors(MentorStatus.PENDING));
		model.addAttribute("approved", this.programme.mentors(MentorStatus.APPROVED));
		model.addAttribute("requests", this.programme.openRequests());
		model.addAttribute("pairs", this.programme.allPairs());
		model.addAttribute("events", this.events.upcoming());
		model.addAttribute("kinds", EventKind.values());
		model.addAttribute("labelling", this.labelling);
		return "mentors/coach";
	}

	@PostMapping("/coach/mentoring/mentors/{id}/approve")
	String approve(@PathVariable UUID id, Account account, RedirectAttributes redirect) {
		this.programme.decide(account.id(), new AccountId(id), true);
		redirect.addFlashAttribute("flash", "mentors.coach.approved");
		return "redirect:/coach/mentoring";
	}

	@PostMapping("/coach/mentoring/mentors/{id}/decline")
	String declineMentor(@PathVariable UUID id, Account account, RedirectAttributes redirect) {
		this.programme.decide(account.id(), new AccountId(id), false);
		redirect.addFlashAttribute("flash", "mentors.coach.declined");
		return "redirect:/coach/mentoring";
	}

	@GetMapping("/coach/mentoring/requests/{id}")
	String request(@PathVariable UUID id, Model model, Locale locale) {
		model.addAttribute("request", this.programme.request(id));
		model.addAttribute("proposals", this.programme.proposals(id, ConceptLabels.languageOf(locale)));
		model.addAttribute("labelling", this.labelling);
		return "mentors/coach-request";
	}

	@PostMapping("/coach/mentoring/requests/{id}/pair")
	String pair(@PathVariable UUID id, @RequestParam UUID mentor, Account account, RedirectAttributes redirect) {
		this.programme.confirmPair(account.id(), id, new AccountId(mentor));
		redirect.addFlashAttribute("flash", "mentors.coach.paired");
		return "redirect:/coach/mentoring";
	}

	@GetMapping("/coach/mentoring/indicators.csv")
	ResponseEntity<String> indicators() {
		return ResponseEntity.ok()
			.contentType(new MediaType("text", "csv", java.nio.charset.StandardCharsets.UTF_8))
			.header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"mentoring-indicators.csv\"")
			.body(this.programme.indicatorsCsv());
	}

	@PostMapping("/coach/mentoring/events")
	String createEvent(Account account, @RequestParam(defaultValue = "") String kind,
			@RequestParam(defaultValue = "") String title, @RequestParam(defaultValue = "") String description,
			@RequestParam(defaultValue = "") String place, @RequestParam(defaultValue = "") String startsAt,
			@RequestParam(defaultValue = "0") int capacity, RedirectAttributes redirect) {
		EventKind eventKind;
		LocalDateTime start;
		try {
			eventKind = EventKind.valueOf(kind);
			start = LocalDateTime.parse(startsAt);
		}
		catch (IllegalArgumentException | DateTimeParseException ex) {
			redirect.addFlashAttribute("flash", "mentors.coach.event.invalid");
			return "redirect:/coach/mentoring";
		}
		// event times are entered in the region's local time; sign-up is open until the
		// start
		ZonedDateTime zoned = start.atZone(Values.REGION);
		if (title.isBlank() || title.length() > 200 || place.isBlank() || place.length() > 200
				|| description.length() > 2000 || capacity < 1 || capacity > 10000
				|| !zoned.toInstant().isAfter(this.clock.instant())) {
			redirect.addFlashAttribute("flash", "mentors.coach.event.invalid");
			return "redirect:/coach/mentoring";
		}
		this.events.create(account.id(),
				new NewEvent(eventKind, title, description, place, zoned.toOffsetDateTime(), capacity));
		redirect.addFlashAttribute("flash", "mentors.coach.event.created");
		return "redirect:/coach/mentoring";
	}

}
