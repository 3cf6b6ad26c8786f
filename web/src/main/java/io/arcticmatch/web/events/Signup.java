package io.arcticmatch.web.events;

import java.time.Instant;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * One person's sign-up for an event.
 *
 * @param arrival its place in arrival order over all events; a lower number came first
 * @param event which event
 * @param person who
 * @param status seated or waiting
 * @param waitingPosition the position on the waiting list, from 1; 0 when seated
 * @param needs dietary and accessibility needs
 * @param motivation why they want to come, optional
 * @param signedUpAt when they signed up
 * @param attendance what the check-in recorded, if anything
 */
public record Signup(long arrival, UUID event, Participant person, SignupStatus status, int waitingPosition,
		String needs, String motivation, Instant signedUpAt, @Nullable Attendance attendance) {

	public boolean seated() {
		return this.status == SignupStatus.SEATED;
	}

}
