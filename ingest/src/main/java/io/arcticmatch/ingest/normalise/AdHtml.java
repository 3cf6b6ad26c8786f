package io.arcticmatch.ingest.normalise;

import org.jsoup.Jsoup;
import org.jsoup.safety.Safelist;

/**
 * Ad text as the pages may show it: a small set of formatting tags, links that open
 * nothing but the address they name, and nothing that runs (no script, iframe, style,
 * event handler or {@code javascript:} URL).
 */
final class AdHtml {

	/** Package-private for the tests that compare with jsoup. */
	static final Safelist SAFE = Safelist.basic().addTags("h2", "h3", "h4", "h5", "h6");

	private AdHtml() {
	}

	/**
	 * @param html an ad's HTML as the source gave it
	 * @return the same text keeping only the safe subset
	 */
	static String sanitise(String html) {
		String paragraphs = ParagraphHtml.clean(html);
		return (paragraphs != null) ? paragraphs : Jsoup.clean(html, SAFE);
	}

}
