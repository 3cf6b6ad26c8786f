package io.arcticmatch.matcher.index;

import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.util.Set;

import org.apache.lucene.analysis.charfilter.HTMLStripCharFilter;
import org.jspecify.annotations.Nullable;

/**
 * Text without markup exactly as Lucene's {@link HTMLStripCharFilter} makes it (block
 * tags become a line break, other tags nothing, entities their characters), read in one
 * pass when the HTML is as plain as sanitised ad text is. The filter allocates some 48 KB
 * per text and reads it a character at a time: at a bulk import's hundreds of thousands
 * of ads it cost as much as a tenth of the import. Anything beyond the plain form (a
 * comment, a script, an unknown tag or entity, an unquoted attribute) goes to the filter
 * itself, so the result never differs.
 */
public final class HtmlText {

	/** Tags the filter turns into a line break (checked against it, see the tests). */
	private static final Set<String> BLOCK = Set.of("blockquote", "br", "dd", "div", "dl", "dt", "h1", "h2", "h3", "h4",
			"h5", "h6", "hr", "li", "ol", "p", "pre", "table", "td", "th", "tr", "ul");

	/** Tags the filter drops without a trace. */
	private static final Set<String> INLINE = Set.of("a", "b", "cite", "code", "em", "i", "q", "s", "small", "span",
			"strike", "strong", "sub", "sup", "u");

	/** The longest tag name above: a longer name cannot be one of them. */
	private static final int LONGEST_NAME = 10;

	private HtmlText() {
	}

	/**
	 * @param html HTML or plain text
	 * @return its text without tags, with entities decoded
	 */
	public static String strip(String html) {
		String plain = stripPlain(html);
		return (plain != null) ? plain : stripWithFilter(html);
	}

	/**
	 * @param html HTML or plain text
	 * @return its text as {@link #strip} gives it, or null when the HTML is not in the
	 * plain form read here
	 */
	public static @Nullable String stripPlain(String html) {
		int length = html.length();
		StringBuilder text = new StringBuilder(length);
		int i = 0;
		// where the next tag and entity start, found with indexOf: the text between
		// them is copied as a whole, not a character at a time
		int nextTag = -1;
		int nextEntity = -1;
		while (i < length) {
			if (nextTag < i && nextTag != length) {
				nextTag = next(html, '<', i);
			}
			if (nextEntity < i && nextEntity != length) {
				nextEntity = next(html, '&', i);
			}
			int textEnd = Math.min(nextTag, nextEntity);
			if (textEnd > i) {
				text.append(html, i, textEnd);
				i = textEnd;
				continue;
			}
			char c = html.charAt(i);
			if (c == '<') {
				int end = tag(html, i, text);
				if (end < 0) {
					return null;
				}
				i = end;
			}
			else if (c == '&') {
				int end = entity(html, i, text);
				if (end < 0) {
					return null;
				}
				i = end;
			}
		}
		return text.toString();
	}

	/** Where the character next occurs from the index on, or the text's length. */
	private static int next(String html, char c, int from) {
		int at = html.indexOf(c, from);
		return (at < 0) ? html.length() : at;
	}

	/**
	 * Reads {@code <name attr="value" ...>}, {@code </name>} or {@code <name />}.
	 * @return the index after the tag, or -1 when it is not in the plain form
	 */
	private static int tag(String html, int start, StringBuilder text) {
		int length = html.length();
		int i = start + 1;
		if (i < length && html.charAt(i) == '/') {
			i++;
		}
		int nameStart = i;
		while (i < length && isNameChar(html.charAt(i))) {
			i++;
		}
		if (i == nameStart || i - nameStart > LONGEST_NAME) {
			return -1;
		}
		String name = html.substring(nameStart, i);
		boolean block = BLOCK.contains(name);
		if (!block && !INLINE.contains(name)) {
			return -1;
		}
		while (true) {
			if (i >= length) {
				return -1;
			}
			char c = html.charAt(i);
			if (c == '>') {
				i++;
				break;
			}
			if (c == '/' && i + 1 < length && html.charAt(i + 1) == '>') {
				i += 2;
				break;
			}
			if (c != ' ') {
				return -1;
			}
			i = attribute(html, i + 1);
			if (i < 0) {
				return -1;
			}
		}
		if (block) {
			text.append('\n');
		}
		return i;
	}

	/**
	 * Reads {@code name="value"} (a value without angle brackets), or nothing before the
	 * tag's end.
	 * @return the index after it, or -1 when it is not in the plain form
	 */
	private static int attribute(String html, int start) {
		int length = html.length();
		int i = start;
		if (i < length && (html.charAt(i) == '>' || html.charAt(i) == '/')) {
			return i;
		}
		int nameStart = i;
		while (i < length && (isNameChar(html.charAt(i)) || html.charAt(i) == '-')) {
			i++;
		}
		if (i == nameStart || i + 1 >= length || html.charAt(i) != '=' || html.charAt(i + 1) != '"') {
			return -1;
		}
		i += 2;
		while (i < length) {
			char c = html.charAt(i);
			if (c == '"') {
				return i + 1;
			}
			if (c == '<' || c == '>') {
				return -1;
			}
			i++;
		}
		return -1;
	}

	private static boolean isNameChar(char c) {
		return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9');
	}

	/**
	 * Reads a named entity of the few sanitised HTML uses, or a numeric one.
	 * @return the index after it, or -1 when it is not one of them
	 */
	private static int entity(String html, int start, StringBuilder text) {
		int semicolon = html.indexOf(';', start + 1);
		if (semicolon < 0 || semicolon - start > 10) {
			return -1;
		}
		String name = html.substring(start + 1, semicolon);
		switch (name) {
			case "amp" -> text.append('&');
			case "lt" -> text.append('<');
			case "gt" -> text.append('>');
			case "quot" -> text.append('"');
			case "apos" -> text.append('\'');
			// the filter gives a plain space for this one (and U+00A0 for &#160;)
			case "nbsp" -> text.append(' ');
			default -> {
				int codePoint = numeric(name);
				if (codePoint < 0) {
					return -1;
				}
				text.appendCodePoint(codePoint);
			}
		}
		return semicolon + 1;
	}

	/**
	 * @return the code point of {@code #39} or {@code #x27}; -1 for anything else, and
	 * for code points the filter might treat otherwise (controls, surrogates, beyond
	 * Unicode)
	 */
	private static int numeric(String name) {
		if (name.length() < 2 || name.charAt(0) != '#') {
			return -1;
		}
		boolean hex = name.charAt(1) == 'x';
		String digits = name.substring(hex ? 2 : 1);
		if (digits.isEmpty() || digits.length() > 6) {
			return -1;
		}
		int value = 0;
		for (int i = 0; i < digits.length(); i++) {
			int digit = Character.digit(digits.charAt(i), hex ? 16 : 10);
			if (digit < 0) {
				return -1;
			}
			value = value * (hex ? 16 : 10) + digit;
		}
		if (value < 0x20 || (value >= 0x7f && value < 0xa0) || (value >= 0xd800 && value <= 0xdfff)
				|| value > 0x10ffff) {
			return -1;
		}
		return value;
	}

	/**
	 * @param html any HTML
	 * @return its text as Lucene's filter gives it
	 */
	static String stripWithFilter(String html) {
		try (Reader filter = new HTMLStripCharFilter(new StringReader(html))) {
			StringBuilder text = new StringBuilder(html.length());
			char[] buffer = new char[Math.min(Math.max(html.length(), 16), 8192)];
			for (int read = filter.read(buffer); read >= 0; read = filter.read(buffer)) {
				text.append(buffer, 0, read);
			}
			return text.toString();
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot read a string", ex);
		}
	}

}
