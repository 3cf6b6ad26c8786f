package io.arcticmatch.web.events;

import java.util.UUID;

/**
 * An event with its seats as they stand.
 *
 * @param id the event, the same id its owner keeps its details under
 * @param owner the name of the feature that opened it
 * @param terms its capacity and dates
 * @param seated how many are seated
 * @param waiting how many wait
 */
public record Event(UUID id, String owner, EventTerms terms, int seated, int waiting) {

	public int freeSeats() {
		return Math.max(0, this.terms.capacity() - this.seated);
	}

}
