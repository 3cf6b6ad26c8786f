package io.arcticmatch.matcher.index;

import java.util.List;
import java.util.Random;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class HtmlTextTest {

	/** Pieces of sanitised ad text: what the one-pass reading must take itself. */
	private static final List<String> PLAIN = List.of("Sykepleier", " ", "\n", "  ", "Tromsø", "Gällivare", "kesä",
			"a>b", "\"quoted\"", "it's", "50 %", "\u00a0", "😀", "\t", "\r\n", "<p>", "</p>", "<br>", "<br />", "<br/>",
			"<ul>", "</ul>", "<li>", "</li>", "<ol>", "</ol>", "<b>", "</b>", "<strong>", "</strong>", "<em>", "</em>",
			"<i>", "</i>", "<u>", "</u>", "<h2>", "</h2>", "<h3>", "</h3>", "<h6>", "</h6>", "<blockquote>",
			"</blockquote>", "<pre>", "</pre>", "<code>", "</code>", "<span>", "</span>", "<dl>", "<dt>", "<dd>",
			"</dd>", "<a href=\"https://example.org/job?id=1&amp;lang=sv\" rel=\"nofollow\">", "</a>",
			"<q cite=\"https://example.org\">", "</q>", "<sub>", "<sup>", "<small>", "<strike>", "<cite>", "<s>",
			"<div>", "</div>", "<table>", "<tr>", "<td>", "<th>", "<hr>", "&amp;", "&lt;", "&gt;", "&quot;", "&apos;",
			"&nbsp;", "&#39;", "&#x27;", "&#160;", "&#xa0;", "&#228;", "&#x1F600;", "&#8364;");

	/** Pieces the one-pass reading leaves to Lucene's filter. */
	private static final List<String> OTHER = List.of("<!-- a comment -->", "<script>alert(1)</script>",
			"<style>p { color: red }</style>", "<P>", "<img src=x>", "<a href='x'>", "<a href=x>", "<br  >",
			"<input disabled>", "&eacute;", "&amp", "& ", "&foo;", "a < b", "<", "<![CDATA[x]]>", "&#0;", "&#x;",
			"<a title=\"a>b\">", "<unknown>", "&#55296;", "<?xml?>", "</ p>");

	@Test
	void sanitisedHtmlIsReadInOnePassExactlyAsLucenesFilterReadsIt() {
		Random random = new Random(5);
		for (int round = 0; round < 20_000; round++) {
			String html = randomHtml(random, PLAIN);

			assertThat(HtmlText.stripPlain(html)).as(html).isNotNull().isEqualTo(HtmlText.stripWithFilter(html));
		}
	}

	@Test
	void anyOtherHtmlIsLeftToLucenesFilter() {
		Random random = new Random(7);
		for (int round = 0; round < 20_000; round++) {
			String html = randomHtml(random, PLAIN) + OTHER.get(random.nextInt(OTHER.size()))
					+ randomHtml(random, PLAIN);

			assertThat(HtmlText.strip(html)).as(html).isEqualTo(HtmlText.stripWithFilter(html));
		}
		for (String other : OTHER) {
			assertThat(HtmlText.stripPlain("x" + other + "y")).as(other).isNull();
		}
	}

	@Test
	void blockTagsSeparateWordsAndInlineTagsJoinThem() {
		String text = HtmlText.strip("<p>Sjuk<b>sköterska</b></p><ul><li>natt&amp;dag</li></ul>");

		assertThat(text).isEqualTo("\nSjuksköterska\n\n\nnatt&dag\n\n");
	}

	private static String randomHtml(Random random, List<String> pieces) {
		StringBuilder html = new StringBuilder();
		int count = random.nextInt(30);
		for (int i = 0; i < count; i++) {
			html.append(pieces.get(random.nextInt(pieces.size())));
		}
		return html.toString();
	}

}
