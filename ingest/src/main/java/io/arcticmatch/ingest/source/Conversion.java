package io.arcticmatch.ingest.source;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

import io.arcticmatch.matcher.posting.PostingId;

/**
 * What converting one {@link RawPosting} gave: an ad, a withdrawal, or a rejection.
 * Converters return one of these for any input and never throw on bad feed data.
 */
public sealed interface Conversion {

	/**
	 * The payload was an ad.
	 *
	 * @param ad the ad as the source said it
	 */
	record Converted(SourceAd ad) implements Conversion {

		public Converted {
			Objects.requireNonNull(ad, "ad");
		}

	}

	/**
	 * The source says the ad is gone (NAV INACTIVE, JobTech {@code removed: true}); the
	 * payload carries little more than the id. NAV's terms require removing such ads.
	 *
	 * @param id the ad that is gone
	 * @param when when the source withdrew it (or, failing that, when it was fetched)
	 * @param guesses what was guessed, e.g. the time zone of the withdrawal time
	 */
	record Withdrawn(PostingId id, Instant when, List<String> guesses) implements Conversion {

		public Withdrawn {
			Objects.requireNonNull(id, "id");
			Objects.requireNonNull(when, "when");
			guesses = List.copyOf(guesses);
		}

	}

	/**
	 * The payload could not be read as an ad; nothing was changed.
	 *
	 * @param sourceId the ad's id as far as it is known
	 * @param reason what is wrong, naming the field and the value, for a person to act on
	 */
	record Rejected(String sourceId, String reason) implements Conversion {

		public Rejected {
			Objects.requireNonNull(sourceId, "sourceId");
			Objects.requireNonNull(reason, "reason");
		}

	}

}
