package io.arcticmatch.web.trips;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ResponseStatus;

/**
 * No such trip, or not one the asker may see: both answer 404 so that other people's
 * trips stay unknown.
 */
@ResponseStatus(HttpStatus.NOT_FOUND)
class TripNotFound extends RuntimeException {

	TripNotFound() {
		super("No such trip");
	}

}
