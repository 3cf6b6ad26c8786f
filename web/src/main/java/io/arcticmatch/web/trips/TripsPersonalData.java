package io.arcticmatch.web.trips;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.arcticmatch.web.accounts.AccountId;
import io.arcticmatch.web.accounts.PersonalData;
import org.jspecify.annotations.Nullable;

import org.springframework.stereotype.Component;

/**
 * A person's trip sign-ups, meetings and calendar feed address in "export my data", and
 * their erasure. A seat freed by an erased account goes to the first on the waiting list.
 */
@Component
class TripsPersonalData implements PersonalData {

	private final Trips trips;

	private final TripSignups signups;

	private final Matchmaking matchmaking;

	private final CalendarTokens tokens;

	TripsPersonalData(Trips trips, TripSignups signups, Matchmaking matchmaking, CalendarTokens tokens) {
		this.trips = trips;
		this.signups = signups;
		this.matchmaking = matchmaking;
		this.tokens = tokens;
	}

	@Override
	public String section() {
		return "trips";
	}

	@Override
	public @Nullable Object export(AccountId account) {
		List<Map<String, Object>> signedUp = this.signups.ofSeeker(account).stream().map((signup) -> {
			Map<String, Object> entry = new LinkedHashMap<>();
			entry.put("trip", this.trips.find(signup.trip()).map(Trip::title).orElse(signup.trip().toString()));
			entry.put("status", signup.status());
			entry.put("waitingPosition", signup.waitingPosition());
			entry.put("needs", signup.needs());
			entry.put("motivation", signup.motivation());
			entry.put("signedUpAt", signup.signedUpAt());
			entry.put("attendance", (signup.attendance() != null) ? signup.attendance().name() : "");
			return entry;
		}).toList();
		List<Map<String, Object>> meetings = java.util.stream.Stream
			.concat(this.matchmaking.allOfSeeker(account).stream(), this.matchmaking.allOfEmployer(account).stream())
			.map((slot) -> Map.<String, Object>of("trip", slot.trip(), "employer", slot.employer().displayName(),
					"participant", slot.seeker().displayName(), "startsAt", slot.startsAt(), "minutes", slot.minutes()))
			.toList();
		String token = this.tokens.find(account).orElse(null);
		if (signedUp.isEmpty() && meetings.isEmpty() && token == null) {
			return null;
		}
		Map<String, Object> export = new LinkedHashMap<>();
		export.put("signups", signedUp);
		export.put("meetings", meetings);
		export.put("calendarFeedToken", (token != null) ? token : "");
		return export;
	}

	@Override
	public void erase(AccountId account) {
		this.matchmaking.erase(account);
		this.tokens.erase(account);
		this.signups.leaveAll(account);
	}

}
