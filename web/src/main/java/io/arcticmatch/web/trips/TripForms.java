package io.arcticmatch.web.trips;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

import io.arcticmatch.matcher.concepts.place.Place;
import io.arcticmatch.web.accounts.Account;
import io.arcticmatch.web.coaching.CoachingGroup;
import io.arcticmatch.web.coaching.CoachingService;
import io.arcticmatch.web.coaching.GroupSummary;
import org.jspecify.annotations.Nullable;

import org.springframework.stereotype.Component;
import org.springframework.validation.Errors;

/**
 * Checks a posted trip form and turns it into {@link TripDetails}; every problem becomes
 * a field error with a message bundle key.
 */
@Component
class TripForms {

	static final List<String> ZONES = List.of("Europe/Oslo", "Europe/Stockholm", "Europe/Helsinki");

	static final List<String> LANGUAGES = List.of("nb", "sv", "fi", "en");

	private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");

	private static final Set<String> ELIGIBILITIES = Set.of(Eligibility.ANYONE_SIGNED_IN.name(),
			Eligibility.LISTED.name(), Eligibility.GROUP_MEMBERS.name());

	private final Destinations destinations;

	private final CoachingService coaching;

	TripForms(Destinations destinations, CoachingService coaching) {
		this.destinations = destinations;
		this.coaching = coaching;
	}

	/**
	 * @return the coaching groups the organiser may open a trip to
	 */
	List<CoachingGroup> groupsOf(Account organiser) {
		return this.coaching.groupsFor(organiser).stream().map(GroupSummary::group).toList();
	}

	Optional<TripDetails> check(TripForm form, Account organiser, Errors errors) {
		String title = text(form.title());
		if (title.isEmpty() || title.length() > 200) {
			errors.rejectValue("title", "trips.form.title.invalid");
		}
		String description = text(form.description());
		if (description.length() > 4000) {
			errors.rejectValue("description", "trips.form.description.tooLong");
		}
		Optional<Place> destination = this.destinations.resolve(form.destinationId(), form.destination());
		if (destination.isEmpty()) {
			errors.rejectValue("destination", "trips.form.destination.unknown");
		}
		ZoneId zone = ZONES.contains(text(form.timeZone())) ? ZoneId.of(text(form.timeZone())) : null;
		if (zone == null) {
			errors.rejectValue("timeZone", "trips.form.timeZone.invalid");
			zone = ZoneId.of(ZONES.get(0));
		}
		Instant startsAt = time(form.startsAt(), zone, "startsAt", errors);
		Instant endsAt = time(form.endsAt(), zone, "endsAt", errors);
		if (startsAt != null && endsAt != null && !endsAt.isAfter(startsAt)) {
			errors.rejectValue("endsAt", "trips.form.endsAt.beforeStart");
		}
		Instant opens = time(form.signupOpensAt(), zone, "signupOpensAt", errors);
		Instant closes = time(form.signupClosesAt(), zone, "signupClosesAt", errors);
		if (opens != null && closes != null && !closes.isAfter(opens)) {
			errors.rejectValue("signupClosesAt", "trips.form.signupClosesAt.beforeOpens");
		}
		else if (closes != null && startsAt != null && closes.isAfter(startsAt)) {
			errors.rejectValue("signupClosesAt", "trips.form.signupClosesAt.afterStart");
		}
		int seats = 0;
		try {
			seats = Integer.parseInt(text(form.seats()));
		}
		catch (NumberFormatException ex) {
			// reported below as out of range
		}
		if (seats < 1 || seats > 10000) {
			errors.rejectValue("seats", "trips.form.seats.invalid");
		}
		String eligibility = text(form.eligibility());
		if (!ELIGIBILITIES.contains(eligibility)) {
			errors.rejectValue("eligibility", "trips.form.eligibility.invalid");
			eligibility = Eligibility.ANYONE_SIGNED_IN.name();
		}
		List<String> emails = new ArrayList<>();
		for (String email : Arrays.asList(text(form.allowedEmails()).split("[\\s,;]+"))) {
			if (email.isEmpty()) {
				continue;
			}
			if (!EMAIL.matcher(email).matches() || email.length() > 320) {
				errors.rejectValue("allowedEmails", "trips.form.allowedEmails.invalid", new Object[] { email }, null);
				break;
			}
			emails.add(email.toLowerCase(Locale.ROOT));
		}
		if (Eligibility.valueOf(eligibility) == Eligibility.LISTED && emails.isEmpty()
				&& !errors.hasFieldErrors("allowedEmails")) {
			errors.rejectValue("allowedEmails", "trips.form.allowedEmails.required");
		}
		String groupRef = text(form.coachingGroupRef());
		boolean groupKnown = groupsOf(organiser).stream()
			.anyMatch((group) -> group.id().value().toString().equals(groupRef));
		if (!groupRef.isEmpty() && !groupKnown) {
			errors.rejectValue("coachingGroupRef", "trips.form.coachingGroupRef.unknown");
		}
		else if (Eligibility.valueOf(eligibility) == Eligibility.GROUP_MEMBERS && groupRef.isEmpty()) {
			errors.rejectValue("coachingGroupRef", "trips.form.coachingGroupRef.required");
		}
		String meetingPoint = text(form.meetingPoint());
		if (meetingPoint.length() > 300) {
			errors.rejectValue("meetingPoint", "trips.form.meetingPoint.tooLong");
		}
		String language = text(form.language());
		if (!LANGUAGES.contains(language)) {
			errors.rejectValue("language", "trips.form.language.invalid");
		}
		if (errors.hasErrors() || destination.isEmpty() || startsAt == null || endsAt == null || opens == null
				|| closes == null) {
			return Optional.empty();
		}
		return Optional.of(new TripDetails(title, description, destination.get().id(), startsAt, endsAt, zone, seats,
				opens, closes, Eligibility.valueOf(eligibility), emails.stream().distinct().toList(),
				groupRef.isEmpty() ? null : groupRef, meetingPoint, language));
	}

	static @Nullable Instant time(@Nullable String value, ZoneId zone, String field, Errors errors) {
		Optional<Instant> time = parse(value, zone);
		if (time.isEmpty()) {
			errors.rejectValue(field, "trips.form.time.invalid");
		}
		return time.orElse(null);
	}

	/**
	 * @param value a {@code datetime-local} value, e.g. {@code 2027-02-03T08:30}
	 * @param zone the zone it is meant in
	 */
	static Optional<Instant> parse(@Nullable String value, ZoneId zone) {
		try {
			return Optional.of(LocalDateTime.parse(text(value)).atZone(zone).toInstant());
		}
		catch (DateTimeParseException ex) {
			return Optional.empty();
		}
	}

	static String text(@Nullable String value) {
		return (value != null) ? value.strip() : "";
	}

}
