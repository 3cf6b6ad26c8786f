package io.arcticmatch.web.trips;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

import org.jspecify.annotations.Nullable;

/**
 * What the trip form posts. Times are {@code datetime-local} values in the trip's time
 * zone; {@link TripForms} checks and converts them.
 */
record TripForm(@Nullable String title, @Nullable String description, @Nullable String destination,
		@Nullable String destinationId, @Nullable String startsAt, @Nullable String endsAt, @Nullable String timeZone,
		@Nullable String seats, @Nullable String signupOpensAt, @Nullable String signupClosesAt,
		@Nullable String eligibility, @Nullable String allowedEmails, @Nullable String coachingGroupRef,
		@Nullable String meetingPoint, @Nullable String language) {

	static final DateTimeFormatter LOCAL = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm", Locale.ROOT);

	static TripForm empty(Locale locale) {
		String language = switch (locale.getLanguage()) {
			case "nb", "no", "nn" -> "nb";
			case "sv" -> "sv";
			case "fi" -> "fi";
			default -> "en";
		};
		return new TripForm("", "", "", "", "", "", "Europe/Oslo", "20", "", "", Eligibility.ANYONE_SIGNED_IN.name(),
				"", "", "", language);
	}

	static TripForm of(Trip trip, String destinationLabel) {
		TripDetails details = trip.details();
		ZoneId zone = details.timeZone();
		return new TripForm(details.title(), details.description(), destinationLabel, details.destinationPlaceId(),
				LOCAL.format(details.startsAt().atZone(zone)), LOCAL.format(details.endsAt().atZone(zone)),
				zone.getId(), Integer.toString(details.seats()), LOCAL.format(details.signupOpensAt().atZone(zone)),
				LOCAL.format(details.signupClosesAt().atZone(zone)), details.eligibility().name(),
				String.join("\n", details.allowedEmails()),
				(details.coachingGroupRef() != null) ? details.coachingGroupRef() : "", details.meetingPoint(),
				details.language());
	}

}
