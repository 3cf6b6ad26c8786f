package io.arcticmatch.web.events;

import java.util.UUID;

import io.arcticmatch.web.accounts.Account;

/**
 * A feature whose events people sign up for. It provides one bean of this type; the
 * sign-up machinery asks it about the events it opened under its {@link #name()}.
 */
public interface EventOwner {

	/**
	 * @return the name the feature opens its events under, e.g. {@code "trips"}
	 */
	String name();

	/**
	 * The eligibility rule: who may sign up for one of the owner's events, whatever the
	 * dates and seats. Asked on every sign-up, inside its transaction.
	 * @param event the event
	 * @param person who wants to sign up
	 * @return whether they may
	 */
	boolean mayJoin(UUID event, Account person);

	/**
	 * Tells someone that they got a seat from the waiting list. Called once the change is
	 * committed; a failure here does not undo the seat.
	 * @param event the event
	 * @param person who got the seat
	 */
	void seatedFromWaitingList(UUID event, Participant person);

}
