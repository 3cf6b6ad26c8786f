package io.arcticmatch.web.trips;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;

import io.arcticmatch.web.accounts.Account;
import io.arcticmatch.web.accounts.AccountId;
import io.arcticmatch.web.accounts.AccountService;
import io.arcticmatch.web.accounts.Role;
import io.arcticmatch.web.coaching.CoachingGroup;
import io.arcticmatch.web.events.Attendance;

import org.springframework.context.MessageSource;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
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
 * {@code /coach/trips}: coaches and administrators plan trips, run the participant list
 * and check people in. A coach sees only the trips they organise (others' answer 404); an
 * administrator sees all.
 */
@Controller
class CoachTripsController {

	private static final DateTimeFormatter CSV_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm", Locale.ROOT);

	private final Trips trips;

	private final TripSignups signups;

	private final TripForms forms;

	private final TripPages pages;

	private final Destinations destinations;

	private final TripCalendar calendar;

	private final AccountService accounts;

	private final MessageSource messages;

	CoachTripsController(Trips trips, TripSignups signups, TripForms forms, TripPages pages, Destinations destinations,
			TripCalendar calendar, AccountService accounts, MessageSource messages) {
		this.trips = trips;
		this.signups = signups;
		this.forms = forms;
		this.pages = pages;
		this.destinations = destinations;
		this.calendar = calendar;
		this.accounts = accounts;
		this.messages = messages;
	}

	@GetMapping("/coach/trips")
	String list(Account account, Locale locale, Model model) {
		model.addAttribute("trips", this.pages.summaries(this.trips.organisedBy(account), null, locale));
		return "trips/coach-list";
	}

	@GetMapping("/coach/trips/new")
	String newTrip(Account account, Locale locale, Model model) {
		return formPage(model, account, TripForm.empty(locale), null);
	}

	@PostMapping("/coach/trips")
	String create(Account account, @ModelAttribute("form") TripForm form, BindingResult errors, Model model,
			RedirectAttributes redirect) {
		Optional<TripDetails> details = this.forms.check(form, account, errors);
		if (details.isEmpty()) {
			return formPage(model, account, form, null);
		}
		UUID id = this.trips.create(account.id(), details.get());
		redirect.addFlashAttribute("flash", "trips.flash.created");
		return "redirect:/coach/trips/" + id;
	}

	@GetMapping("/coach/trips/{id}/edit")
	String edit(Account account, @PathVariable UUID id, Locale locale, Model model) {
		Trip trip = this.trips.organisedBy(id, account);
		return formPage(model, account,
				TripForm.of(trip, this.destinations.label(trip.details().destinationPlaceId(), locale)), trip);
	}

	@PostMapping("/coach/trips/{id}")
	String update(Account account, @PathVariable UUID id, @ModelAttribute("form") TripForm form, BindingResult errors,
			Model model, RedirectAttributes redirect) {
		Trip trip = this.trips.organisedBy(id, account);
		Optional<TripDetails> details = this.forms.check(form, account, errors);
		if (details.isEmpty()) {
			return formPage(model, account, form, trip);
		}
		try {
			this.trips.update(id, details.get());
		}
		catch (TripRefusal refusal) {
			errors.rejectValue("seats", refusal.messageKey());
			return formPage(model, account, form, trip);
		}
		this.signups.fillFreeSeats(id);
		redirect.addFlashAttribute("flash", "trips.flash.saved");
		return "redirect:/coach/trips/" + id;
	}

	@GetMapping("/coach/trips/{id}")
	String trip(Account account, @PathVariable UUID id, Locale locale, Model model) {
		Trip trip = this.trips.organisedBy(id, account);
		model.addAttribute("summary", this.pages.summary(trip, null, locale));
		model.addAttribute("agenda", this.trips.agenda(id));
		model.addAttribute("coachingGroup",
				this.forms.groupsOf(account)
					.stream()
					.filter((group) -> group.id().value().toString().equals(trip.details().coachingGroupRef()))
					.map(CoachingGroup::name)
					.findFirst()
					.orElse(trip.details().coachingGroupRef()));
		model.addAttribute("hosts", this.trips.hosts(id));
		List<Signup> all = this.signups.of(id);
		model.addAttribute("seated", all.stream().filter(Signup::seated).toList());
		model.addAttribute("waiting", all.stream().filter((signup) -> !signup.seated()).toList());
		return "trips/coach-trip";
	}

	@PostMapping("/coach/trips/{id}/agenda")
	String addAgendaItem(Account account, @PathVariable UUID id, @RequestParam("at") String at,
			@RequestParam("text") String text, RedirectAttributes redirect) {
		Trip trip = this.trips.organisedBy(id, account);
		Optional<Instant> startsAt = TripForms.parse(at, trip.zone());
		String what = text.strip();
		if (startsAt.isEmpty() || what.isEmpty() || what.length() > 500) {
			redirect.addFlashAttribute("flash", "trips.error.agendaItem");
		}
		else {
			this.trips.addAgendaItem(id, startsAt.get(), what);
		}
		return "redirect:/coach/trips/" + id + "#agenda";
	}

	@PostMapping("/coach/trips/{id}/agenda/{item}/delete")
	String removeAgendaItem(Account account, @PathVariable UUID id, @PathVariable long item) {
		this.trips.organisedBy(id, account);
		this.trips.removeAgendaItem(id, item);
		return "redirect:/coach/trips/" + id + "#agenda";
	}

	@PostMapping("/coach/trips/{id}/hosts")
	String addHost(Account account, @PathVariable UUID id, @RequestParam("email") String email,
			RedirectAttributes redirect) {
		this.trips.organisedBy(id, account);
		Optional<Account> employer = this.accounts.findByEmail(email.strip())
			.filter((found) -> found.role() == Role.EMPLOYER);
		if (employer.isEmpty()) {
			redirect.addFlashAttribute("flash", "trips.error.noSuchEmployer");
		}
		else {
			this.trips.addHost(id, employer.get().id());
		}
		return "redirect:/coach/trips/" + id + "#hosts";
	}

	@PostMapping("/coach/trips/{id}/hosts/{employer}/delete")
	String removeHost(Account account, @PathVariable UUID id, @PathVariable UUID employer) {
		this.trips.organisedBy(id, account);
		this.trips.removeHost(id, new AccountId(employer));
		return "redirect:/coach/trips/" + id + "#hosts";
	}

	@PostMapping("/coach/trips/{id}/signups/{arrival}/seat")
	String seat(Account account, @PathVariable UUID id, @PathVariable long arrival, RedirectAttributes redirect) {
		this.trips.organisedBy(id, account);
		try {
			this.signups.seat(id, arrival);
		}
		catch (TripRefusal refusal) {
			redirect.addFlashAttribute("flash", refusal.messageKey());
		}
		return "redirect:/coach/trips/" + id + "#participants";
	}

	@PostMapping("/coach/trips/{id}/signups/{arrival}/remove")
	String remove(Account account, @PathVariable UUID id, @PathVariable long arrival) {
		this.trips.organisedBy(id, account);
		this.signups.remove(id, arrival);
		return "redirect:/coach/trips/" + id + "#participants";
	}

	@GetMapping("/coach/trips/{id}/check-in")
	String checkIn(Account account, @PathVariable UUID id, Locale locale, Model model) {
		Trip trip = this.trips.organisedBy(id, account);
		model.addAttribute("summary", this.pages.summary(trip, null, locale));
		List<Signup> seated = this.signups.of(id).stream().filter(Signup::seated).toList();
		model.addAttribute("seated", seated);
		model.addAttribute("present",
				seated.stream().filter((signup) -> signup.attendance() == Attendance.PRESENT).count());
		return "trips/check-in";
	}

	@PostMapping("/coach/trips/{id}/check-in/{arrival}")
	String markAttendance(Account account, @PathVariable UUID id, @PathVariable long arrival,
			@RequestParam("attendance") Attendance attendance) {
		this.trips.organisedBy(id, account);
		this.signups.markAttendance(id, arrival, attendance);
		return "redirect:/coach/trips/" + id + "/check-in#p-" + arrival;
	}

	@GetMapping("/coach/trips/{id}/participants.csv")
	ResponseEntity<byte[]> participants(Account account, @PathVariable UUID id, Locale locale) {
		Trip trip = this.trips.organisedBy(id, account);
		StringBuilder csv = new StringBuilder("\uFEFF");
		csv.append(String.join(",",
				List.of("name", "email", "status", "waitingPosition", "needs", "motivation", "attendance", "signedUpAt")
					.stream()
					.map((key) -> cell(message("trips.csv." + key, locale)))
					.toList()))
			.append("\r\n");
		for (Signup signup : this.signups.of(id)) {
			csv.append(String.join(",",
					List.of(cell(signup.seeker().displayName()), cell(signup.seeker().email()),
							cell(message("trips.status." + signup.status().name(), locale)),
							signup.seated() ? "" : Integer.toString(signup.waitingPosition()), cell(signup.needs()),
							cell(signup.motivation()),
							(signup.attendance() != null)
									? cell(message("trips.attendance." + signup.attendance().name(), locale)) : "",
							cell(CSV_TIME.format(signup.signedUpAt().atZone(trip.zone()))))))
				.append("\r\n");
		}
		return ResponseEntity.ok()
			.contentType(new MediaType("text", "csv", StandardCharsets.UTF_8))
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.attachment().filename("participants.csv").build().toString())
			.header(HttpHeaders.CACHE_CONTROL, "private, no-store")
			.body(csv.toString().getBytes(StandardCharsets.UTF_8));
	}

	@GetMapping("/coach/trips/{id}/trip.ics")
	ResponseEntity<byte[]> ics(Account account, @PathVariable UUID id) {
		return TripIcs.response(this.calendar.of(this.trips.organisedBy(id, account)));
	}

	private String formPage(Model model, Account organiser, TripForm form, Trip trip) {
		model.addAttribute("form", form);
		model.addAttribute("coachingGroups", this.forms.groupsOf(organiser));
		model.addAttribute("trip", trip);
		model.addAttribute("zones", TripForms.ZONES);
		model.addAttribute("tripLanguages", TripForms.LANGUAGES);
		model.addAttribute("eligibilities", Eligibility.values());
		return "trips/coach-form";
	}

	private String message(String key, Locale locale) {
		return this.messages.getMessage(key, null, locale);
	}

	/**
	 * A CSV cell, quoted; a leading character a spreadsheet would run as a formula is
	 * defused with an apostrophe.
	 */
	static String cell(String value) {
		String safe = (!value.isEmpty() && "=+-@\t\r".indexOf(value.charAt(0)) >= 0) ? "'" + value : value;
		return "\"" + safe.replace("\"", "\"\"") + "\"";
	}

}
