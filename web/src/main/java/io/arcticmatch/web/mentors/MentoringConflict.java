package io.arcticmatch.web.mentors;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ResponseStatus;

/**
 * The step does not fit the current state (a pair that has ended, a mentor not approved).
 */
@ResponseStatus(HttpStatus.CONFLICT)
class MentoringConflict extends RuntimeException {

	MentoringConflict(String what) {
		super(what);
	}

}
