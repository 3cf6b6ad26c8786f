package io.arcticmatch.matcher.matching;

import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * One node of a match explanation, like Lucene's {@code Explanation}: the points it adds
 * to the score, a message key the web translates (see {@link MatchReasons}) with its
 * arguments, and the reasons it is made of. A node with children is worth exactly their
 * sum, so every level of the tree adds up.
 *
 * @param value the points, negative for what counts against the match, 0 for what is only
 * said (e.g. "not stated")
 * @param key a stable message key from {@link MatchReasons}
 * @param arguments the message's arguments in order: strings (concept ids, codes, names)
 * or finite numbers (km, years, shares)
 * @param children the reasons this one is made of, empty for a leaf
 */
public record MatchReason(double value, String key, List<Object> arguments, List<MatchReason> children) {

	/** How far a parent may differ from its children's sum through rounding. */
	static final double TOLERANCE = 1e-9;

	public MatchReason {
		Objects.requireNonNull(key, "key");
		arguments = List.copyOf(arguments);
		children = List.copyOf(children);
		if (!Double.isFinite(value)) {
			throw new IllegalArgumentException("Reason %s has no finite value: %s".formatted(key, value));
		}
		for (Object argument : arguments) {
			boolean valid = argument instanceof String || argument instanceof Integer || argument instanceof Long
					|| (argument instanceof Double number && Double.isFinite(number));
			if (!valid) {
				throw new IllegalArgumentException(
						"Reason %s has an argument the web cannot format: %s".formatted(key, argument));
			}
		}
		if (!children.isEmpty()) {
			double sum = sum(children);
			if (Math.abs(sum - value) > TOLERANCE * Math.max(1, Math.abs(value))) {
				throw new IllegalArgumentException(
						"Reason %s is worth %s but its children add up to %s".formatted(key, value, sum));
			}
		}
	}

	/**
	 * A reason without children.
	 * @param value the points
	 * @param key the message key
	 * @param arguments the message's arguments
	 * @return the reason
	 */
	public static MatchReason leaf(double value, String key, Object... arguments) {
		return new MatchReason(value, key, List.of(arguments), List.of());
	}

	/**
	 * A reason worth the sum of its children.
	 * @param key the message key
	 * @param children the reasons it is made of, at least one
	 * @param arguments the message's arguments
	 * @return the reason
	 */
	public static MatchReason sumOf(String key, List<MatchReason> children, Object... arguments) {
		if (children.isEmpty()) {
			throw new IllegalArgumentException("Reason %s needs at least one child".formatted(key));
		}
		return new MatchReason(sum(children), key, List.of(arguments), children);
	}

	static double sum(List<MatchReason> reasons) {
		double sum = 0;
		for (MatchReason reason : reasons) {
			sum += reason.value();
		}
		return sum;
	}

	/**
	 * The tree as indented text, for logs and test failures (not for users: they get the
	 * translated keys).
	 * @return one line per node
	 */
	public String toTree() {
		StringBuilder text = new StringBuilder();
		appendTo(text, 0);
		return text.toString();
	}

	void appendTo(StringBuilder text, int depth) {
		text.repeat("  ", depth)
			.append(String.format(Locale.ROOT, "%.2f", this.value))
			.append(' ')
			.append(this.key)
			.append(' ')
			.append(this.arguments)
			.append('\n');
		for (MatchReason child : this.children) {
			child.appendTo(text, depth + 1);
		}
	}

}
