package io.arcticmatch.web.employers;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.safety.Safelist;

/**
 * The rich text an opening's description may hold: paragraphs, line breaks, strong and
 * emphasised text, lists and links. Applied when the text comes in and again whenever it
 * is shown.
 */
final class DescriptionHtml {

	private static final Safelist ALLOWED = Safelist.none()
		.addTags("p", "br", "strong", "em", "ul", "ol", "li", "a")
		.addAttributes("a", "href")
		.addProtocols("a", "href", "http", "https", "mailto")
		.addEnforcedAttribute("a", "rel", "nofollow noopener");

	private DescriptionHtml() {
	}

	/**
	 * @param html what was typed or stored
	 * @return only the allowed elements and attributes
	 */
	static String sanitise(String html) {
		return Jsoup.clean(html, "", ALLOWED, new Document.OutputSettings().prettyPrint(false));
	}

	/**
	 * @param html sanitised HTML
	 * @return whether it has any visible text
	 */
	static boolean hasText(String html) {
		return !Jsoup.parse(html).text().isBlank();
	}

}
