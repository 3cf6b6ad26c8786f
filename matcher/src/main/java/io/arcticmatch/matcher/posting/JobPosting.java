package io.arcticmatch.matcher.posting;

import java.net.URI;
import java.time.Instant;
import java.util.Objects;

import org.jspecify.annotations.Nullable;

/**
 * One vacancy, normalised from whichever source published it.
 *
 * @param id source and the source's id
 * @param title the ad's title
 * @param employer the employer's name as published
 * @param description the ad text, already sanitised (plain text or a safe HTML subset)
 * @param language the ISO 639-1 code of the ad's language (nb, nn, sv, fi, en, se, ...)
 * @param iscoCode the ISCO-08 unit group (4 digits), if the source gave an occupation
 * @param place where the job is
 * @param published when the source published this version
 * @param applicationDeadline the last day to apply, if stated
 * @param sourceUrl the ad at its source
 * @param status whether it can still be applied for
 */
public record JobPosting(PostingId id, String title, String employer, String description, String language,
		@Nullable String iscoCode, PostingPlace place, Instant published, @Nullable Instant applicationDeadline,
		@Nullable URI sourceUrl, PostingStatus status) {

	public JobPosting {
		Objects.requireNonNull(id, "id");
		if (title.isBlank()) {
			throw new IllegalArgumentException("Posting %s has no title".formatted(id));
		}
		if (iscoCode != null && !iscoCode.matches("\\d{4}")) {
			throw new IllegalArgumentException(
					"Posting %s: an ISCO-08 unit group has 4 digits, not '%s'".formatted(id, iscoCode));
		}
	}

	public boolean isActive() {
		return this.status == PostingStatus.ACTIVE;
	}

}
