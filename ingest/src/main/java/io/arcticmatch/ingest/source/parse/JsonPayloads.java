package io.arcticmatch.ingest.source.parse;

import org.jspecify.annotations.Nullable;
import tools.jackson.core.JacksonException;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reads and writes payload JSON. The mapper is immutable and shared.
 */
public final class JsonPayloads {

	/** Immutable once built, so safe to share between converters and threads. */
	public static final JsonMapper JSON = JsonMapper.builder()
		.enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
		.build();

	private JsonPayloads() {
	}

	/**
	 * The outcome of reading a payload: a tree or why there is none.
	 *
	 * @param tree the parsed JSON, null when it could not be parsed
	 * @param problem what is wrong, null when parsed
	 */
	public record Parsed(@Nullable JsonNode tree, @Nullable String problem) {

	}

	/**
	 * @param json text that should be JSON
	 * @return the tree, or the parser's complaint with line and column
	 */
	public static Parsed parse(String json) {
		if (json.isBlank()) {
			return new Parsed(null, "the payload is empty");
		}
		try {
			return new Parsed(JSON.readTree(json), null);
		}
		catch (JacksonException ex) {
			TokenStreamLocation at = ex.getLocation();
			String where = (at != null) ? " at line %d, column %d".formatted(at.getLineNr(), at.getColumnNr()) : "";
			return new Parsed(null, "the payload is not valid JSON%s: %s".formatted(where, ex.getOriginalMessage()));
		}
	}

	/**
	 * @param node one ad cut from a page
	 * @return its JSON, for a {@link io.arcticmatch.ingest.source.RawPosting}'s payload
	 */
	public static String write(JsonNode node) {
		return JSON.writeValueAsString(node);
	}

}
