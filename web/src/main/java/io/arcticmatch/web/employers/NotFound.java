package io.arcticmatch.web.employers;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ResponseStatus;

/**
 * Something that does not exist or is someone else's: both answer 404, so that nobody
 * learns what others have.
 */
@ResponseStatus(HttpStatus.NOT_FOUND)
class NotFound extends RuntimeException {

	NotFound(String what) {
		super(what);
	}

}
