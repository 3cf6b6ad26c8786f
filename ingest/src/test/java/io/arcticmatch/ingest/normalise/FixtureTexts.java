package io.arcticmatch.ingest.normalise;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import io.arcticmatch.ingest.source.parse.JsonPayloads;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;

/**
 * The longer texts of the real feed fixtures, the ads' descriptions among them: what the
 * sanitiser and the text extraction must handle exactly as their reference does.
 */
final class FixtureTexts {

	private FixtureTexts() {
	}

	/**
	 * @return every text of over 40 characters in the fixtures' JSON files, in file order
	 */
	static List<String> all() throws IOException {
		List<String> texts = new ArrayList<>();
		try (Stream<Path> files = Stream.concat(Files.walk(Path.of("src/test/resources/source")),
				Files.walk(Path.of("src/test/resources/feeds")))) {
			for (Path file : files.filter((path) -> path.toString().endsWith(".json")).sorted().toList()) {
				try {
					collect(JsonPayloads.JSON.readTree(Files.readString(file, StandardCharsets.UTF_8)), texts);
				}
				catch (JacksonException ex) {
					// a fixture of a broken feed file: it holds no ad to read
				}
			}
		}
		return texts;
	}

	private static void collect(JsonNode node, List<String> texts) {
		if (node.isString() && node.asString().length() > 40) {
			texts.add(node.asString());
		}
		node.forEach((child) -> collect(child, texts));
	}

}
