package io.arcticmatch.ingest.normalise;

import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import io.arcticmatch.ingest.source.parse.JsonPayloads;
import io.arcticmatch.matcher.index.HtmlText;
import org.apache.lucene.analysis.charfilter.HTMLStripCharFilter;
import org.junit.jupiter.api.Test;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

class AdHtmlTest {

	/**
	 * The index reads sanitised ad text in one pass instead of with Lucene's HTML filter
	 * (see {@link HtmlText}); every text of the real fixtures must take that pass and
	 * come out the same.
	 */
	@Test
	void everySanitisedFixtureTextIsStrippedInOnePassAsLucenesFilterStripsIt() throws IOException {
		List<String> texts = fixtureTexts();
		int html = 0;
		for (String text : texts) {
			String sanitised = AdHtml.sanitise(text);

			assertThat(HtmlText.stripPlain(sanitised)).as(sanitised)
				.isNotNull()
				.isEqualTo(withLucenesFilter(sanitised));
			if (sanitised.contains("<")) {
				html++;
			}
		}
		// ads of all three countries, many with markup
		assertThat(html).isGreaterThan(30);
	}

	private static List<String> fixtureTexts() throws IOException {
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

	/** Every longer text in the file: the descriptions among them. */
	private static void collect(JsonNode node, List<String> texts) {
		if (node.isString() && node.asString().length() > 40) {
			texts.add(node.asString());
		}
		node.forEach((child) -> collect(child, texts));
	}

	private static String withLucenesFilter(String html) throws IOException {
		try (Reader filter = new HTMLStripCharFilter(new StringReader(html))) {
			StringWriter text = new StringWriter();
			filter.transferTo(text);
			return text.toString();
		}
	}

}
