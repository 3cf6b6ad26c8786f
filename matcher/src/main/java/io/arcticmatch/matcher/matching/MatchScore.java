package io.arcticmatch.matcher.matching;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * How well a profile and a posting match, from {@link #MIN} to {@link #MAX}, with the
 * reasons why. The score is always the sum of its top-level reasons; when the raw sum
 * falls below {@link #MIN}, a {@link MatchReasons#FLOOR} reason says by how much it was
 * lifted, so the explanation still adds up.
 *
 * @param value the score
 * @param reasons the top-level reasons, each with its own tree
 */
public record MatchScore(double value, List<MatchReason> reasons) implements Comparable<MatchScore> {

	/** The lowest score: nothing matches, or what matches is outweighed. */
	public static final double MIN = 0;

	/** The highest score: everything the weights can reward matches. */
	public static final double MAX = 100;

	public MatchScore {
		reasons = List.copyOf(reasons);
		if (!Double.isFinite(value) || value < MIN || value > MAX + MatchReason.TOLERANCE * MAX) {
			throw new IllegalArgumentException("A match score is in [%s, %s], not %s".formatted(MIN, MAX, value));
		}
		double sum = MatchReason.sum(reasons);
		if (Math.abs(sum - value) > MatchReason.TOLERANCE * MAX) {
			throw new IllegalArgumentException(
					"A match score of %s must equal its reasons' sum, %s".formatted(value, sum));
		}
	}

	/**
	 * The score its reasons add up to, lifted to {@link #MIN} by a
	 * {@link MatchReasons#FLOOR} reason when they add up to less.
	 * @param reasons the top-level reasons
	 * @return the score
	 */
	public static MatchScore of(List<MatchReason> reasons) {
		double sum = MatchReason.sum(reasons);
		if (sum >= MIN) {
			return new MatchScore(sum, reasons);
		}
		List<MatchReason> lifted = new ArrayList<>(reasons);
		lifted.add(MatchReason.leaf(MIN - sum, MatchReasons.FLOOR, sum));
		return new MatchScore(MatchReason.sum(lifted), lifted);
	}

	/**
	 * The top-level reason with a key.
	 * @param key a key of {@link MatchReasons}
	 * @return the reason, if there is one
	 */
	public Optional<MatchReason> reason(String key) {
		return this.reasons.stream().filter((reason) -> reason.key().equals(key)).findFirst();
	}

	/**
	 * The explanation as indented text, for logs and test failures.
	 * @return one line per reason
	 */
	public String toTree() {
		StringBuilder text = new StringBuilder(String.format(Locale.ROOT, "%.2f match%n", this.value));
		for (MatchReason reason : this.reasons) {
			reason.appendTo(text, 1);
		}
		return text.toString();
	}

	/**
	 * What the reasons add up to before the lift to {@link #MIN}: tells apart postings
	 * that all score 0, so that ranking keeps an order among poor matches.
	 * @return the score without its {@link MatchReasons#FLOOR} reason
	 */
	public double unbounded() {
		return this.value - reason(MatchReasons.FLOOR).map(MatchReason::value).orElse(0.0);
	}

	/**
	 * Orders by score, and among equal scores by {@link #unbounded()}.
	 */
	@Override
	public int compareTo(MatchScore other) {
		int byValue = Double.compare(this.value, other.value);
		return (byValue != 0) ? byValue : Double.compare(unbounded(), other.unbounded());
	}

}
