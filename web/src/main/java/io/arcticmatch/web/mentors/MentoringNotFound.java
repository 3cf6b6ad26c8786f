package io.arcticmatch.web.mentors;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ResponseStatus;

/**
 * No such thing, or not one of the caller's: answered 404 either way, so that nobody
 * learns what belongs to others.
 */
@ResponseStatus(HttpStatus.NOT_FOUND)
class MentoringNotFound extends RuntimeException {

	MentoringNotFound(String what) {
		super(what);
	}

}
