package io.arcticmatch.web.trips;

import java.time.Instant;
import java.time.ZoneId;
import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * What an organiser says about a trip.
 *
 * @param title its name
 * @param description what it is about, plain text
 * @param destinationPlaceId a place concept's id, e.g. {@code place:SE:2584}
 * @param startsAt when it starts
 * @param endsAt when it ends
 * @param timeZone the zone its times are shown and entered in
 * @param seats how many can be seated
 * @param signupOpensAt from when sign-ups are taken
 * @param signupClosesAt until when sign-ups are taken
 * @param eligibility who may sign up
 * @param allowedEmails who may sign up when {@link Eligibility#LISTED}, lower case
 * @param coachingGroupRef the id of the coaching group the trip is meant for; with
 * {@link Eligibility#GROUP_MEMBERS} only its members may sign up
 * @param meetingPoint where participants meet
 * @param language the trip's language, also that of its mails: nb, sv, fi or en
 */
public record TripDetails(String title, String description, String destinationPlaceId, Instant startsAt, Instant endsAt,
		ZoneId timeZone, int seats, Instant signupOpensAt, Instant signupClosesAt, Eligibility eligibility,
		List<String> allowedEmails, @Nullable String coachingGroupRef, String meetingPoint, String language) {

	public TripDetails {
		allowedEmails = List.copyOf(allowedEmails);
	}

}
