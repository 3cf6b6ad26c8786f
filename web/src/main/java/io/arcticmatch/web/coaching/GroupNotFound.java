package io.arcticmatch.web.coaching;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ResponseStatus;

/**
 * No such group, or one the asker may not see: both answer 404, so that the ids of other
 * coaches' groups and their members give nothing away.
 */
@ResponseStatus(HttpStatus.NOT_FOUND)
class GroupNotFound extends RuntimeException {

	GroupNotFound() {
		super("No such coaching group");
	}

}
