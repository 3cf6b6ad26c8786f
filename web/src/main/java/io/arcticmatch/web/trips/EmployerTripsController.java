package io.arcticmatch.web.trips;

import java.time.Duration;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import io.arcticmatch.matcher.concepts.Concepts;
import io.arcticmatch.matcher.matching.MatchScore;
import io.arcticmatch.web.accounts.Account;
import io.arcticmatch.web.accounts.AccountId;
import org.jspecify.annotations.Nullable;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * {@code /employer/trips}: the trips an employer hosts, the participants who consented to
 * meet employers, and booking short meetings with them. An employer who does not host a
 * trip gets 404 for it.
 */
@Controller
class EmployerTripsController {

	private static final int MAX_SLOT_CHOICES = 400;

	private final Trips trips;

	private final TripPages pages;

	private final Matchmaking matchmaking;

	private final Concepts concepts;

	private final TripSettings settings;

	EmployerTripsController(Trips trips, TripPages pages, Matchmaking matchmaking, Concepts concepts,
			TripSettings settings) {
		this.trips = trips;
		this.pages = pages;
		this.matchmaking = matchmaking;
		this.concepts = concepts;
		this.settings = settings;
	}

	/**
	 * A participant as the host's page shows them.
	 */
	record CandidateRow(Person person, @Nullable ProfileSummary profile, @Nullable MatchScore score) {

	}

	@GetMapping("/employer/trips")
	String list(Account account, Locale locale, Model model) {
		model.addAttribute("trips", this.pages.summaries(this.trips.hostedBy(account.id()), null, locale));
		return "trips/employer-list";
	}

	@GetMapping("/employer/trips/{id}")
	String trip(Account account, @PathVariable UUID id, Locale locale, Model model) {
		Trip trip = this.trips.hostedBy(id, account.id());
		model.addAttribute("summary", this.pages.summary(trip, null, locale));
		model.addAttribute("agenda", this.trips.agenda(id));
		model
			.addAttribute("candidates",
					this.matchmaking.candidates(trip, account.id())
						.stream()
						.map((candidate) -> new CandidateRow(candidate.person(), (candidate.profile() != null)
								? ProfileSummary.of(candidate.profile().profile(), this.concepts, locale) : null,
								candidate.score()))
						.toList());
		List<Matchmaking.Slot> booked = this.matchmaking.ofEmployer(id, account.id());
		model.addAttribute("slots", booked);
		model.addAttribute("freeTimes", freeTimes(trip, booked));
		model.addAttribute("slotMinutes", this.settings.slotLength().toMinutes());
		return "trips/employer-trip";
	}

	@PostMapping("/employer/trips/{id}/slots")
	String book(Account account, @PathVariable UUID id, @RequestParam("seeker") UUID seeker,
			@RequestParam("at") String at, RedirectAttributes redirect) {
		Trip trip = this.trips.hostedBy(id, account.id());
		Optional<Instant> startsAt = TripForms.parse(at, trip.zone());
		if (startsAt.isEmpty()) {
			redirect.addFlashAttribute("flash", "trips.error.slotOffGrid");
			return "redirect:/employer/trips/" + id + "#meetings";
		}
		try {
			this.matchmaking.book(trip, account.id(), new AccountId(seeker), startsAt.get());
			redirect.addFlashAttribute("flash", "trips.flash.booked");
		}
		catch (TripRefusal refusal) {
			redirect.addFlashAttribute("flash", refusal.messageKey());
		}
		return "redirect:/employer/trips/" + id + "#meetings";
	}

	@PostMapping("/employer/trips/{id}/slots/{slot}/delete")
	String cancel(Account account, @PathVariable UUID id, @PathVariable long slot) {
		this.trips.hostedBy(id, account.id());
		this.matchmaking.cancel(id, account.id(), slot);
		return "redirect:/employer/trips/" + id + "#meetings";
	}

	/**
	 * @return the start of every slot of the trip this host has not booked yet, as
	 * {@code datetime-local} values in the trip's zone
	 */
	private List<ZonedDateTime> freeTimes(Trip trip, List<Matchmaking.Slot> booked) {
		Duration length = this.settings.slotLength();
		Set<Instant> taken = booked.stream().map(Matchmaking.Slot::startsAt).collect(Collectors.toSet());
		List<ZonedDateTime> free = new ArrayList<>();
		for (Instant at = trip.details().startsAt(); !at.plus(length).isAfter(trip.details().endsAt())
				&& free.size() < MAX_SLOT_CHOICES; at = at.plus(length)) {
			if (!taken.contains(at)) {
				free.add(at.atZone(trip.zone()));
			}
		}
		return free;
	}

}
