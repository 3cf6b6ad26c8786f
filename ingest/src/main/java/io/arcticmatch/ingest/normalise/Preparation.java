package io.arcticmatch.ingest.normalise;

import java.util.Objects;

import io.arcticmatch.ingest.source.Conversion;
import io.arcticmatch.ingest.source.ParsedPosting;
import io.arcticmatch.ingest.source.PostingConverters;
import io.arcticmatch.ingest.source.PostingOrigin;
import io.arcticmatch.ingest.source.RawPosting;
import io.arcticmatch.matcher.posting.JobPosting;
import io.arcticmatch.matcher.posting.PostingId;

import org.springframework.stereotype.Component;

/**
 * Converts and normalises one raw posting, for the pipeline's stage and the import
 * command alike. Never throws on bad data: what cannot be used comes back with its
 * reason.
 */
@Component
public class Preparation {

	private final PostingConverters converters;

	private final Normaliser normaliser;

	public Preparation(PostingConverters converters, Normaliser normaliser) {
		this.converters = converters;
		this.normaliser = normaliser;
	}

	/**
	 * @param raw a payload as fetched
	 * @return the posting to index, the posting to remove, or why neither
	 */
	public Prepared prepare(RawPosting raw) {
		return prepare(raw.origin(), this.converters.convert(raw));
	}

	/**
	 * @param posting a payload as fetched, parsed when its splitter had it parsed
	 * @return the posting to index, the posting to remove, or why neither
	 */
	public Prepared prepare(ParsedPosting posting) {
		return prepare(posting.origin(), this.converters.convert(posting));
	}

	private Prepared prepare(PostingOrigin origin, Conversion conversion) {
		return switch (conversion) {
			case Conversion.Converted converted -> normalise(origin, converted);
			case Conversion.Withdrawn withdrawn -> new Prepared.Gone(withdrawn.id());
			case Conversion.Rejected rejected -> new Prepared.Unusable(rejected.sourceId(), rejected.reason());
		};
	}

	private Prepared normalise(PostingOrigin origin, Conversion.Converted converted) {
		try {
			return new Prepared.Ready(this.normaliser.normalise(converted.ad(), origin.fetchedAt()));
		}
		catch (RuntimeException ex) {
			// the raw payload is kept: once normalisation is fixed, it can be replayed
			return new Prepared.Unusable(origin.sourceId(), "could not be normalised: " + ex.getMessage());
		}
	}

	/**
	 * What a raw posting comes to.
	 */
	public sealed interface Prepared {

		/**
		 * @param posting the normalised posting, to index
		 */
		record Ready(JobPosting posting) implements Prepared {

			public Ready {
				Objects.requireNonNull(posting, "posting");
			}

		}

		/**
		 * @param id the posting its source withdrew, to remove from the index
		 */
		record Gone(PostingId id) implements Prepared {

		}

		/**
		 * @param sourceId the ad's id as far as it is known
		 * @param reason what is wrong, for a person to act on
		 */
		record Unusable(String sourceId, String reason) implements Prepared {

		}

	}

}
