package io.arcticmatch.web.explanations;

import java.util.List;

/**
 * A match score in words.
 *
 * @param score the score, rounded to a whole number of 100
 * @param summary one line: what matched, what is missing, the distance
 * @param parts one per part of the match (occupation, skills, ...), in the matcher's
 * order
 */
public record Explanation(long score, String summary, List<Part> parts) {

	public Explanation {
		parts = List.copyOf(parts);
	}

	/**
	 * One part of the match.
	 *
	 * @param title e.g. "Skills"
	 * @param points what the part adds, rounded to one decimal, with its sign
	 * @param lines the reasons the part is made of
	 */
	public record Part(String title, String points, List<Line> lines) {

		public Part {
			lines = List.copyOf(lines);
		}

	}

	/**
	 * One reason.
	 *
	 * @param text the reason in words
	 * @param tone whether it speaks for or against the match, or only informs
	 * @param points what it adds, rounded to one decimal, with its sign
	 */
	public record Line(String text, Tone tone, String points) {

	}

	public enum Tone {

		MATCHED, MISSING, NEUTRAL;

		/**
		 * @return a CSS class for the tone
		 */
		public String cssClass() {
			return "reason-" + name().toLowerCase(java.util.Locale.ROOT);
		}

	}

}
