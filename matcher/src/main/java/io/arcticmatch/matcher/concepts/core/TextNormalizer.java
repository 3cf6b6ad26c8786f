package io.arcticmatch.matcher.concepts.core;

import java.text.Normalizer;
import java.util.Locale;

/**
 * The one normalisation every lookup uses, so that data and queries meet.
 * <ul>
 * <li>{@link #normalize}: Unicode NFC, lower case in {@link Locale#ROOT}, runs of white
 * space as one space, trimmed. Letters such as ø, ö, å, ä stay as they are.</li>
 * <li>{@link #fold}: {@link #normalize} plus diacritics removed (ö to o, å to a, á to a)
 * and the Nordic and Sámi letters without a decomposition spelled out (ø to o, æ to ae, đ
 * to d, ŋ to n, ŧ to t, ß to ss). Only for fuzzy matching.</li>
 * </ul>
 */
public final class TextNormalizer {

	private TextNormalizer() {
	}

	/**
	 * NFC, lower case ({@link Locale#ROOT}), collapsed white space.
	 * @param text any text
	 * @return the normalised text
	 */
	public static String normalize(String text) {
		String nfc = isPrecomposed(text) ? text : Normalizer.normalize(text, Normalizer.Form.NFC);
		String lower = nfc.toLowerCase(Locale.ROOT);
		if (isSingleSpaced(lower)) {
			return lower;
		}
		StringBuilder out = new StringBuilder(lower.length());
		boolean space = false;
		for (int i = 0; i < lower.length(); i++) {
			char c = lower.charAt(i);
			if (Character.isWhitespace(c) || Character.isSpaceChar(c)) {
				space = !out.isEmpty();
			}
			else {
				if (space) {
					out.append(' ');
					space = false;
				}
				out.append(c);
			}
		}
		return out.toString();
	}

	/** Below U+0300 there are no combining marks, so such text is already NFC. */
	private static boolean isPrecomposed(String text) {
		for (int i = 0; i < text.length(); i++) {
			if (text.charAt(i) >= '\u0300') {
				return false;
			}
		}
		return true;
	}

	private static boolean isSingleSpaced(String text) {
		int n = text.length();
		if (n > 0 && (text.charAt(0) == ' ' || text.charAt(n - 1) == ' ')) {
			return false;
		}
		for (int i = 0; i < n; i++) {
			char c = text.charAt(i);
			if (c == ' ') {
				if (i + 1 < n && text.charAt(i + 1) == ' ') {
					return false;
				}
			}
			else if (c < '\u0080' ? (c < ' ' || c == '\u007f')
					: (Character.isWhitespace(c) || Character.isSpaceChar(c))) {
				return false;
			}
		}
		return true;
	}

	/**
	 * {@link #normalize} without diacritics, for fuzzy matching only.
	 * @param text any text
	 * @return the folded text
	 */
	public static String fold(String text) {
		String normalized = normalize(text);
		StringBuilder out = null;
		for (int i = 0; i < normalized.length(); i++) {
			char c = normalized.charAt(i);
			if (c < '\u0080') {
				if (out != null) {
					out.append(c);
				}
				continue;
			}
			if (out == null) {
				out = new StringBuilder(normalized.length() + 4).append(normalized, 0, i);
			}
			appendFolded(out, c);
		}
		return (out != null) ? out.toString() : normalized;
	}

	private static void appendFolded(StringBuilder out, char c) {
		switch (c) {
			case 'ø' -> out.append('o');
			case 'æ' -> out.append("ae");
			case 'œ' -> out.append("oe");
			case 'đ' -> out.append('d');
			case 'ŋ' -> out.append('n');
			case 'ŧ' -> out.append('t');
			case 'ß' -> out.append("ss");
			case 'ł' -> out.append('l');
			default -> {
				String decomposed = Normalizer.normalize(String.valueOf(c), Normalizer.Form.NFD);
				for (int i = 0; i < decomposed.length(); i++) {
					char d = decomposed.charAt(i);
					if (Character.getType(d) != Character.NON_SPACING_MARK) {
						out.append(d);
					}
				}
			}
		}
	}

}
