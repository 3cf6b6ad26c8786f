package io.arcticmatch.ingest.normalise;

import org.jspecify.annotations.Nullable;

/**
 * Sanitises, without jsoup, the one shape of HTML that plain-text ads are written in
 * ({@link io.arcticmatch.ingest.source.parse.PlainTextHtml}: paragraphs of escaped text
 * with line breaks, nothing else), into exactly the text jsoup's clean writes for it.
 * Most Swedish and Finnish ads come as plain text, and parsing and pretty-printing them
 * with jsoup was the largest share of normalising an ad.
 * <p>
 * jsoup's output for this shape: each paragraph's runs of spaces and tabs become one
 * space, a paragraph's text is trimmed at its start, its end and either side of each line
 * break, a line break is written on a line of its own indented by one space, the text
 * after it likewise, paragraphs are joined by a line feed, and the text is escaped again
 * ({@code & < >}; quotes are written as they are). Anything this reading is not sure of
 * (other tags or entities, a line feed not after a line break, an empty line, control
 * characters, no-break, invisible or other unicode spaces, a lone surrogate) is left to
 * jsoup: {@link #clean} answers null.
 */
final class ParagraphHtml {

	private ParagraphHtml() {
	}

	/**
	 * @param html an ad's HTML
	 * @return what {@code Jsoup.clean} with the ad safelist makes of it, or null when the
	 * HTML is not of the plain-text shape
	 */
	static @Nullable String clean(String html) {
		int length = html.length();
		if (length == 0) {
			return null;
		}
		StringBuilder out = new StringBuilder(length + 16);
		int at = 0;
		while (true) {
			if (!html.startsWith("<p>", at)) {
				return null;
			}
			out.append("<p>");
			at = paragraph(html, at + 3, out);
			if (at < 0) {
				return null;
			}
			out.append("</p>");
			if (at == length) {
				return out.toString();
			}
			if (html.charAt(at) != '\n') {
				return null;
			}
			out.append('\n');
			at++;
		}
	}

	/**
	 * Copies one paragraph's text, from after its {@code
	 *
	<p>
	 * }.
	 * @return where its {@code </p>} ends, or -1 when the paragraph is not of the shape
	 */
	private static int paragraph(String html, int from, StringBuilder out) {
		int at = from;
		// a segment is the text between the paragraph's ends and its line breaks: each
		// must hold something besides spaces
		boolean segmentText = false;
		boolean space = false;
		while (at < html.length()) {
			char c = html.charAt(at);
			if (c == '<') {
				if (!segmentText) {
					return -1;
				}
				if (html.startsWith("</p>", at)) {
					return at + 4;
				}
				if (!html.startsWith("<br>\n", at)) {
					return -1;
				}
				out.append("\n <br>\n ");
				at += 5;
				segmentText = false;
				space = false;
				continue;
			}
			if (c == ' ' || c == '\t') {
				space = segmentText;
				at++;
				continue;
			}
			if (space) {
				out.append(' ');
				space = false;
			}
			segmentText = true;
			if (c == '&') {
				at = entity(html, at, out);
				if (at < 0) {
					return -1;
				}
				continue;
			}
			if (c < 0x20 || c == '>' || (c >= 0x7f && c <= 0xa0) || c == 0xad
					|| (Character.isSurrogate(c) && !pair(html, at))
					|| (c > 0xa0 && (Character.isSpaceChar(c) || isInvisible(c)))) {
				return -1;
			}
			out.append(c);
			if (Character.isHighSurrogate(c)) {
				out.append(html.charAt(at + 1));
				at++;
			}
			at++;
		}
		return -1;
	}

	/** The escapes plain text is written with, written again as jsoup writes them. */
	private static int entity(String html, int at, StringBuilder out) {
		if (html.startsWith("&amp;", at)) {
			out.append("&amp;");
			return at + 5;
		}
		if (html.startsWith("&lt;", at)) {
			out.append("&lt;");
			return at + 4;
		}
		if (html.startsWith("&gt;", at)) {
			out.append("&gt;");
			return at + 4;
		}
		if (html.startsWith("&quot;", at)) {
			out.append('"');
			return at + 6;
		}
		if (html.startsWith("&#39;", at)) {
			out.append('\'');
			return at + 5;
		}
		return -1;
	}

	private static boolean pair(String html, int at) {
		return Character.isHighSurrogate(html.charAt(at)) && at + 1 < html.length()
				&& Character.isLowSurrogate(html.charAt(at + 1));
	}

	/**
	 * Characters jsoup's whitespace handling skips or treats specially, and the
	 * noncharacters (jsoup's reader takes U+FFFF for the end of its input).
	 */
	private static boolean isInvisible(char c) {
		return c == 0x200b || c == 0x200c || c == 0x200d || c == 0x2060 || c == 0xfeff || (c >= 0xfdd0 && c <= 0xfdef)
				|| c >= 0xfffe;
	}

}
