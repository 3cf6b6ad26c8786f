package io.arcticmatch.ingest.normalise;

import java.io.IOException;
import java.util.List;
import java.util.Random;

import io.arcticmatch.ingest.source.parse.PlainTextHtml;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ParagraphHtmlTest {

	/** What plain-text ads are made of, and where jsoup's whitespace rules apply. */
	private static final String[] ORDINARY = { "a", "Lön", "kr", "30 000", "é", "ü", "Å", "ä", "ö", "ø", "æ", "š", "€",
			"–", "—", "…", "•", "·", "😀", "✓", "\u2019", "«", "»", "&", "<", ">", "\"", "'", "/", "-", "*", ":", ";",
			"(", ")", "=", "?", "!", "#", "%", "+", "[", "]", "{", "}", "|", "~", "^", "`", "@", ".", ",", " ", "  ",
			"\t", " \t ", "\n", "\r\n", "\n\n", "\n \n", "\n\t\n", "\r\n\r\n", "\n\n\n", "&amp;", "&lt;p&gt;", "<br>",
			"<p>", "&nbsp;" };

	/** Characters jsoup treats specially or that this reading leaves to jsoup. */
	private static final String[] TRICKY = { "\u00a0", "\n\u00a0\n", "\u00ad", "\u200b", "\u200d", "\ufeff", "\u2028",
			"\u3000", "\u2003", "\f", "\u000b", "\u0001", "\u007f", "\u0085", "\r", "\ud83d", "\ude00", "\uffff",
			"\ufffe", "\ufdd0", "\ufffd", "\ue000", "\u0301", "\u200e", "\u202e", "\u2060", "\u061c" };

	private final Random random = new Random(20261125);

	@Test
	void plainTextAdsAreSanitisedWithoutJsoupExactlyAsJsoupSanitisesThem() {
		for (int i = 0; i < 20_000; i++) {
			String html = PlainTextHtml.toHtml(text(ORDINARY, 1 + this.random.nextInt(60)));
			if (html.isEmpty()) {
				continue;
			}
			assertThat(ParagraphHtml.clean(html)).as(html).isNotNull().isEqualTo(Jsoup.clean(html, AdHtml.SAFE));
		}
	}

	@Test
	void plainTextWithCharactersJsoupTreatsSpeciallyIsLeftToJsoupOrComesOutTheSame() {
		int left = 0;
		for (int i = 0; i < 20_000; i++) {
			String text = text(ORDINARY, 1 + this.random.nextInt(40)) + text(TRICKY, 1 + this.random.nextInt(3))
					+ text(ORDINARY, this.random.nextInt(40));
			String html = PlainTextHtml.toHtml(text);
			String clean = ParagraphHtml.clean(html);
			if (clean == null) {
				left++;
			}
			else {
				assertThat(clean).as(html).isEqualTo(Jsoup.clean(html, AdHtml.SAFE));
			}
		}
		assertThat(left).isGreaterThan(10_000);
	}

	@Test
	void otherHtmlIsLeftToJsoupOrComesOutTheSame() {
		String[] pieces = { "<p>", "</p>", "<br>", "<br>\n", "\n", " ", "\t", "a", "b c", "&amp;", "&nbsp;", "&copy;",
				"&#39;", "&quot;", "<b>", "</b>", "<div>", "<br/>", "<P>", "<!-- x -->", "<script>x</script>", "\"",
				">", "&" };
		for (int i = 0; i < 20_000; i++) {
			String html = text(pieces, 1 + this.random.nextInt(30));
			String clean = ParagraphHtml.clean(html);
			if (clean != null) {
				assertThat(clean).as(html).isEqualTo(Jsoup.clean(html, AdHtml.SAFE));
			}
		}
		for (String other : List.of("", "a", "<p></p>", "<p> </p>", "<p>a<br>b</p>", "<p><br>\na</p>", "<p>a<br>\n</p>",
				"<p>a</p><p>b</p>", "<p>a</p>\n", "<p>a\nb</p>", "<div>a</div>", "<p>a &nbsp; b</p>", "<p>a &copy;</p>",
				"<p>a <b>b</b></p>", "<p>a</p>\n\n<p>b</p>", "<p>a")) {
			assertThat(ParagraphHtml.clean(other)).as(other).isNull();
		}
	}

	@Test
	void everyFixtureTextIsSanitisedAsJsoupSanitisesIt() throws IOException {
		int paragraphs = 0;
		for (String text : FixtureTexts.all()) {
			assertThat(AdHtml.sanitise(text)).as(text).isEqualTo(Jsoup.clean(text, AdHtml.SAFE));
			String html = PlainTextHtml.toHtml(text);
			if (ParagraphHtml.clean(html) != null) {
				assertThat(AdHtml.sanitise(html)).as(html).isEqualTo(Jsoup.clean(html, AdHtml.SAFE));
				paragraphs++;
			}
		}
		assertThat(paragraphs).isGreaterThan(100);
	}

	@Test
	void paragraphsAndLineBreaksAreWrittenAsJsoupPrettyPrintsThem() {
		assertThat(ParagraphHtml.clean("<p>Lön &lt;30 000 &amp; &quot;bra&quot;  villkor&#39;s </p>\n"
				+ "<p>Du kör buss.<br>\n\tDu planerar.</p>"))
			.isEqualTo("<p>Lön &lt;30 000 &amp; \"bra\" villkor's</p>\n<p>Du kör buss.\n <br>\n Du planerar.</p>");
	}

	private String text(String[] alphabet, int pieces) {
		StringBuilder text = new StringBuilder();
		for (int i = 0; i < pieces; i++) {
			text.append(alphabet[this.random.nextInt(alphabet.length)]);
		}
		return text.toString();
	}

}
