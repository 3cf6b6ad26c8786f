package io.arcticmatch.ingest.source;

import java.util.Objects;

import io.arcticmatch.ingest.source.parse.JsonPayloads;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;

/**
 * A posting cut from a page, as the tree it was cut from or as the text it came as. A
 * converter reads the tree the splitter already has instead of parsing the payload again,
 * and the payload's text is written only for whoever keeps it ({@link #raw()}, the
 * intake): a bulk import would otherwise write every ad back to JSON (some 5 kB each) and
 * never read it.
 *
 * @param origin where the ad comes from
 * @param payload the parsed payload; null when only its text is at hand
 * @param text the payload's text as it came; null when it was cut from a parsed page
 */
public record ParsedPosting(PostingOrigin origin, @Nullable JsonNode payload, @Nullable String text) {

	public ParsedPosting {
		Objects.requireNonNull(origin, "origin");
		if ((payload == null) == (text == null)) {
			throw new IllegalArgumentException(
					"A parsed posting is either a tree or a text (%s)".formatted(origin.sourceId()));
		}
	}

	/**
	 * @param origin where the ad comes from
	 * @param payload the ad's JSON as its splitter cut it
	 * @return the posting, its text not yet written
	 */
	public static ParsedPosting parsed(PostingOrigin origin, JsonNode payload) {
		return new ParsedPosting(origin, payload, null);
	}

	/**
	 * @param raw a posting whose payload is text only
	 * @return the same posting, for its converter to parse
	 */
	public static ParsedPosting unparsed(RawPosting raw) {
		return new ParsedPosting(raw.origin(), null, raw.payload());
	}

	/**
	 * The posting as it is kept and replayed. A tree's text is written here, each call
	 * anew, exactly as the splitters wrote it before they kept the tree.
	 * @return the raw posting
	 */
	public RawPosting raw() {
		return this.origin
			.with((this.text != null) ? this.text : JsonPayloads.write(Objects.requireNonNull(this.payload)));
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
