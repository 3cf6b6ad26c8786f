package io.arcticmatch.web.coaching;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;

import org.springframework.format.annotation.DateTimeFormat;

/**
 * What the plan-a-session form posts: either a place or an online link, or both.
 */
record SessionForm(
		@NotNull(message = "{coaching.session.date.required}") @DateTimeFormat(
				iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate date,
		@NotNull(message = "{coaching.session.time.required}") @DateTimeFormat(
				iso = DateTimeFormat.ISO.TIME) @Nullable LocalTime time,
		@Size(max = 300, message = "{coaching.session.place.tooLong}") @Nullable String place,
		@Size(max = 500, message = "{coaching.session.link.tooLong}") @Nullable String onlineLink,
		@NotBlank(message = "{coaching.session.topic.required}") @Size(max = 300,
				message = "{coaching.session.topic.tooLong}") String topic) {

	static SessionForm empty() {
		return new SessionForm(null, null, "", "", "");
	}

	String placeOrEmpty() {
		return (this.place != null) ? this.place.strip() : "";
	}

	String linkOrEmpty() {
		return (this.onlineLink != null) ? this.onlineLink.strip() : "";
	}

	boolean hasNeitherPlaceNorLink() {
		return placeOrEmpty().isEmpty() && linkOrEmpty().isEmpty();
	}

	/**
	 * Only web links: a {@code javascript:} link in a member's page would run on click.
	 */
	boolean hasBadLink() {
		String link = linkOrEmpty().toLowerCase(java.util.Locale.ROOT);
		return !link.isEmpty() && !(link.startsWith("https://") || link.startsWith("http://"));
	}

	LocalDateTime startsAt() {
		return LocalDateTime.of(this.date, this.time);
	}

}
