package io.arcticmatch.web.events;

import java.util.UUID;

/**
 * No such event, or not one the person may sign up for: owners answer both with 404 so
 * that events meant for others stay unknown.
 */
public class NoSuchEvent extends RuntimeException {

	NoSuchEvent(UUID event) {
		super("No such event " + event);
	}

}
