package io.arcticmatch.web.trips;

import java.util.List;
import java.util.Locale;
import java.util.UUID;

import io.arcticmatch.web.accounts.Account;

import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * {@code /seeker/trips}: the trips a seeker may join and the ones they signed up for;
 * signing up and cancelling; their calendar feed's address. A trip the seeker may not
 * join and has not signed up for answers 404.
 */
@Controller
class SeekerTripsController {

	private static final int NEEDS_MAX = 1000;

	private static final int MOTIVATION_MAX = 2000;

	private final Trips trips;

	private final TripSignups signups;

	private final TripPages pages;

	private final Matchmaking matchmaking;

	private final CalendarTokens tokens;

	private final TripCalendar calendar;

	SeekerTripsController(Trips trips, TripSignups signups, TripPages pages, Matchmaking matchmaking,
			CalendarTokens tokens, TripCalendar calendar) {
		this.trips = trips;
		this.signups = signups;
		this.pages = pages;
		this.matchmaking = matchmaking;
		this.tokens = tokens;
		this.calendar = calendar;
	}

	@GetMapping("/seeker/trips")
	String list(Account account, Locale locale, Model model) {
		List<Trip> open = this.trips.openTo(account);
		List<Trip> mine = this.signups.ofSeeker(account.id())
			.stream()
			.map((signup) -> this.trips.find(signup.trip()).orElse(null))
			.filter((trip) -> trip != null)
			.toList();
		model.addAttribute("mine", this.pages.summaries(mine, account.id(), locale));
		model.addAttribute("open", this.pages.summaries(open.stream().filter((trip) -> !mine.contains(trip)).toList(),
				account.id(), locale));
		model.addAttribute("feedUrl", this.calendar.feedLink(this.tokens.of(account.id())));
		return "trips/seeker-list";
	}

	@PostMapping("/seeker/trips/calendar-token")
	String renewToken(Account account, RedirectAttributes redirect) {
		this.tokens.renew(account.id());
		redirect.addFlashAttribute("flash", "trips.flash.feedRenewed");
		return "redirect:/seeker/trips#calendar";
	}

	@GetMapping("/seeker/trips/{id}")
	String trip(Account account, @PathVariable UUID id, Locale locale, Model model) {
		Trip trip = visible(id, account);
		model.addAttribute("summary", this.pages.summary(trip, account.id(), locale));
		model.addAttribute("agenda", this.trips.agenda(id));
		model.addAttribute("hosts", this.trips.hosts(id));
		model.addAttribute("meetings", this.matchmaking.ofSeeker(id, account.id()));
		return "trips/seeker-trip";
	}

	@PostMapping("/seeker/trips/{id}/signup")
	String signUp(Account account, @PathVariable UUID id, @RequestParam(name = "needs", defaultValue = "") String needs,
			@RequestParam(name = "motivation", defaultValue = "") String motivation, RedirectAttributes redirect) {
		visible(id, account);
		if (needs.strip().length() > NEEDS_MAX || motivation.strip().length() > MOTIVATION_MAX) {
			redirect.addFlashAttribute("flash", "trips.error.tooLong");
			return "redirect:/seeker/trips/" + id;
		}
		try {
			Signup signup = this.signups.signUp(id, account, needs.strip(), motivation.strip());
			redirect.addFlashAttribute("flash", signup.seated() ? "trips.flash.seated" : "trips.flash.waiting");
		}
		catch (TripRefusal refusal) {
			redirect.addFlashAttribute("flash", refusal.messageKey());
		}
		return "redirect:/seeker/trips/" + id;
	}

	@PostMapping("/seeker/trips/{id}/cancel")
	String cancel(Account account, @PathVariable UUID id, RedirectAttributes redirect) {
		visible(id, account);
		if (this.signups.cancel(id, account.id())) {
			redirect.addFlashAttribute("flash", "trips.flash.cancelled");
		}
		return "redirect:/seeker/trips/" + id;
	}

	@GetMapping("/seeker/trips/{id}/trip.ics")
	ResponseEntity<byte[]> ics(Account account, @PathVariable UUID id) {
		return TripIcs.response(this.calendar.of(visible(id, account)));
	}

	private Trip visible(UUID id, Account account) {
		return this.trips.find(id)
			.filter((trip) -> this.trips.mayJoin(trip, account) || this.signups.find(id, account.id()).isPresent())
			.orElseThrow(TripNotFound::new);
	}

}
