package io.arcticmatch.ingest.normalise;

import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.io.StringWriter;
import java.util.List;

import io.arcticmatch.matcher.index.HtmlText;
import org.apache.lucene.analysis.charfilter.HTMLStripCharFilter;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class AdHtmlTest {

	/**
	 * The index reads sanitised ad text in one pass instead of with Lucene's HTML filter
	 * (see {@link HtmlText}); every text of the real fixtures must take that pass and
	 * come out the same.
	 */
	@Test
	void everySanitisedFixtureTextIsStrippedInOnePassAsLucenesFilterStripsIt() throws IOException {
		List<String> texts = FixtureTexts.all();
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

	private static String withLucenesFilter(String html) throws IOException {
		try (Reader filter = new HTMLStripCharFilter(new StringReader(html))) {
			StringWriter text = new StringWriter();
			filter.transferTo(text);
			return text.toString();
		}
	}

}
