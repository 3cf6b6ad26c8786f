package io.arcticmatch.matcher.concepts.language;

/**
 * The CEFR levels a coarser level word stands for, e.g. NAV's "Godt" for B1 to B2.
 *
 * @param min the lowest level meant
 * @param max the highest level meant
 */
public record CefrRange(CefrLevel min, CefrLevel max) {

	public CefrRange {
		if (min.compareTo(max) > 0) {
			throw new IllegalArgumentException(min + " is above " + max);
		}
	}

	/**
	 * A single level.
	 * @param level the level
	 * @return the range of just that level
	 */
	public static CefrRange of(CefrLevel level) {
		return new CefrRange(level, level);
	}

	/**
	 * Whether the range contains a level.
	 * @param level the level
	 * @return true if min &lt;= level &lt;= max
	 */
	public boolean contains(CefrLevel level) {
		return this.min.compareTo(level) <= 0 && level.compareTo(this.max) <= 0;
	}

	/**
	 * The smallest range holding both.
	 * @param other another range
	 * @return the union
	 */
	public CefrRange span(CefrRange other) {
		CefrLevel low = (this.min.compareTo(other.min) <= 0) ? this.min : other.min;
		CefrLevel high = (this.max.compareTo(other.max) >= 0) ? this.max : other.max;
		return new CefrRange(low, high);
	}

}
