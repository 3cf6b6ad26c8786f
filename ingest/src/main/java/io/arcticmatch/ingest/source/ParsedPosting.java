package io.arcticmatch.ingest.source;

import java.util.Objects;

import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;

/**
 * A raw posting cut from a page together with the JSON it was cut from, so that its
 * converter reads the tree the splitter already has instead of parsing the payload again
 * (a bulk import would otherwise parse every ad twice).
 *
 * @param raw the posting as it is kept and replayed
 * @param payload the parsed payload, equal to {@code raw.payload()}; null when it is not
 * at hand, and then the converter parses the payload
 */
public record ParsedPosting(RawPosting raw, @Nullable JsonNode payload) {

	public ParsedPosting {
		Objects.requireNonNull(raw, "raw");
	}

	/**
	 * @param split a page cut into parsed postings
	 * @return the same page with the raw postings only
	 */
	public static PageSplit<RawPosting> raw(PageSplit<ParsedPosting> split) {
		return switch (split) {
			case PageSplit.Malformed<ParsedPosting> malformed -> new PageSplit.Malformed<>(malformed.reason());
			case PageSplit.Split<ParsedPosting> parsed -> new PageSplit.Split<>(
					parsed.items().stream().map(ParsedPosting::raw).toList(), parsed.rejected(), parsed.next());
		};
	}

}
