package io.arcticmatch.ingest.source.parse;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Turns a plain-text ad into HTML so that every {@code descriptionHtml} is HTML: special
 * characters are escaped, blank lines separate paragraph elements and single line breaks
 * become line-break elements.
 */
public final class PlainTextHtml {

	private static final Pattern LINE_BREAK = Pattern.compile("\\r\\n?");

	/** A blank line, possibly holding spaces or no-break spaces. */
	private static final Pattern PARAGRAPH_BREAK = Pattern.compile("\\n[ \\t\\u00a0]*(?:\\n[ \\t\\u00a0]*)+");

	private PlainTextHtml() {
	}

	/**
	 * @param text plain text with \n or \r\n line breaks
	 * @return the same text as HTML
	 */
	public static String toHtml(String text) {
		String normal = LINE_BREAK.matcher(text).replaceAll("\n");
		List<String> paragraphs = new ArrayList<>();
		for (String paragraph : PARAGRAPH_BREAK.split(normal)) {
			String trimmed = paragraph.strip();
			if (!trimmed.isEmpty()) {
				paragraphs.add("<p>" + escape(trimmed).replace("\n", "<br>\n") + "</p>");
			}
		}
		return String.join("\n", paragraphs);
	}

	/**
	 * @param text any text
	 * @return the text with {@code & < > " '} escaped for HTML
	 */
	public static String escape(String text) {
		StringBuilder html = new StringBuilder(text.length() + 16);
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			switch (c) {
				case '&' -> html.append("&amp;");
				case '<' -> html.append("&lt;");
				case '>' -> html.append("&gt;");
				case '"' -> html.append("&quot;");
				case '\'' -> html.append("&#39;");
				default -> html.append(c);
			}
		}
		return html.toString();
	}

}
