package io.arcticmatch.web.trips;

import java.time.Instant;
import java.util.UUID;

import io.arcticmatch.web.events.Attendance;
import io.arcticmatch.web.events.SignupStatus;
import org.jspecify.annotations.Nullable;

/**
 * One seeker's sign-up for a trip, as trip pages show it.
 *
 * @param arrival its place in arrival order over all trips; a lower number came first
 * @param trip which trip
 * @param seeker who
 * @param status seated or waiting
 * @param waitingPosition the position on the waiting list, from 1; 0 when seated
 * @param needs dietary and accessibility needs
 * @param motivation why they want to come, optional
 * @param signedUpAt when they signed up
 * @param attendance what the check-in recorded, if anything
 */
public record Signup(long arrival, UUID trip, Person seeker, SignupStatus status, int waitingPosition, String needs,
		String motivation, Instant signedUpAt, @Nullable Attendance attendance) {

	public boolean seated() {
		return this.status == SignupStatus.SEATED;
	}

}
