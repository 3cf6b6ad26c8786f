package io.arcticmatch.ingest.source.parse;

import java.util.Objects;

import io.arcticmatch.ingest.source.Conversion;
import io.arcticmatch.ingest.source.PostingOrigin;
import io.arcticmatch.ingest.source.RawPosting;
import io.arcticmatch.ingest.source.SourceFormat;
import tools.jackson.databind.JsonNode;

/**
 * Runs a converter's mapping so that bad input can only ever give a
 * {@link Conversion.Rejected}: wrong format, broken JSON, a payload that is not one
 * object, a {@link BadField}, or any other failure of the mapping on this payload.
 */
public final class ConversionGuard {

	private ConversionGuard() {
	}

	/**
	 * The mapping of one payload's top-level object.
	 */
	@FunctionalInterface
	public interface Mapping {

		/**
		 * @param root the payload's top-level object
		 * @param guesses where to note what was guessed
		 * @return the conversion
		 * @throws BadField when a field cannot be read
		 */
		Conversion map(Fields root, Guesses guesses);

	}

	/**
	 * @param raw the payload
	 * @param format the format the converter reads
	 * @param mapping the converter's mapping
	 * @return the mapping's conversion, or a rejection saying what was wrong
	 */
	public static Conversion convert(RawPosting raw, SourceFormat format, Mapping mapping) {
		if (raw.format() != format) {
			return new Conversion.Rejected(raw.sourceId(),
					"this converter reads %s, not %s; route the posting by format".formatted(format, raw.format()));
		}
		JsonPayloads.Parsed parsed = JsonPayloads.parse(raw.payload());
		JsonNode tree = parsed.tree();
		if (tree == null) {
			return new Conversion.Rejected(raw.sourceId(), Objects.requireNonNull(parsed.problem()));
		}
		return convert(raw.origin(), tree, format, mapping);
	}

	/**
	 * As {@link #convert(RawPosting, SourceFormat, Mapping)}, for a payload already
	 * parsed (by the splitter that cut it from its page).
	 * @param origin where the payload comes from
	 * @param tree the payload's JSON
	 * @param format the format the converter reads
	 * @param mapping the converter's mapping
	 * @return the mapping's conversion, or a rejection saying what was wrong
	 */
	public static Conversion convert(PostingOrigin origin, JsonNode tree, SourceFormat format, Mapping mapping) {
		if (origin.format() != format) {
			return new Conversion.Rejected(origin.sourceId(),
					"this converter reads %s, not %s; route the posting by format".formatted(format, origin.format()));
		}
		if (!tree.isObject()) {
			return new Conversion.Rejected(origin.sourceId(),
					"the payload should be one JSON object (one ad) but is %s".formatted(Fields.describe(tree)));
		}
		try {
			return mapping.map(Fields.root(tree), new Guesses());
		}
		catch (BadField ex) {
			return new Conversion.Rejected(origin.sourceId(), ex.getMessage());
		}
		catch (RuntimeException ex) {
			// A converter bug must not stop a feed: the payload is kept as RawPosting, so
			// it can be replayed once the converter is fixed.
			return new Conversion.Rejected(origin.sourceId(),
					"the converter failed on this payload (%s: %s); keep it for a replay after a fix"
						.formatted(ex.getClass().getSimpleName(), ex.getMessage()));
		}
	}

}
