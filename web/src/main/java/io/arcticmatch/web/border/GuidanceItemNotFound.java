package io.arcticmatch.web.border;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ResponseStatus;

/**
 * No guidance item has this identifier.
 */
@ResponseStatus(HttpStatus.NOT_FOUND)
class GuidanceItemNotFound extends RuntimeException {

	GuidanceItemNotFound(String id) {
		super("No guidance item " + id);
	}

}
