package io.arcticmatch.web.trips;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/**
 * The HTTP answer carrying an iCalendar file.
 */
final class TripIcs {

	static final MediaType TEXT_CALENDAR = MediaType.parseMediaType("text/calendar; charset=UTF-8");

	private TripIcs() {
	}

	static ResponseEntity<byte[]> response(byte[] ics) {
		return ResponseEntity.ok()
			.contentType(TEXT_CALENDAR)
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.inline().filename("trip.ics").build().toString())
			.header(HttpHeaders.CACHE_CONTROL, "private, no-cache")
			.body(ics);
	}

}
