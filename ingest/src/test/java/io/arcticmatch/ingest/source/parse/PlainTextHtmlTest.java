package io.arcticmatch.ingest.source.parse;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class PlainTextHtmlTest {

	@Test
	void plainTextIsEscapedSoItCannotBecomeMarkup() {
		assertThat(PlainTextHtml.toHtml("Lön <30 000 & \"bra\" villkor's"))
			.isEqualTo("<p>Lön &lt;30 000 &amp; &quot;bra&quot; villkor&#39;s</p>");
	}

	@Test
	void blankLinesSeparateParagraphsAndLineBreaksBecomeBr() {
		assertThat(PlainTextHtml.toHtml("Hur ser din dag ut?\r\n\r\nDu kör buss.\r\nDu planerar.\n \nVälkommen!"))
			.isEqualTo("<p>Hur ser din dag ut?</p>\n<p>Du kör buss.<br>\nDu planerar.</p>\n<p>Välkommen!</p>");
	}

}
