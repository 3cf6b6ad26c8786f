package io.arcticmatch.matcher.matching;

/**
 * How far a job seeker will go for work in one country.
 *
 * @param maxCommuteKm the longest daily commute from home, as the crow flies, in km; 0
 * when the seeker will not commute to that country
 * @param willingToRelocate whether the seeker would move for a job in that country
 */
public record Mobility(double maxCommuteKm, boolean willingToRelocate) {

	public Mobility {
		if (!(maxCommuteKm >= 0) || Double.isInfinite(maxCommuteKm)) {
			throw new IllegalArgumentException("A commute limit is 0 km or more, not " + maxCommuteKm);
		}
	}

	/**
	 * Commuting only.
	 * @param km the longest commute
	 * @return the mobility
	 */
	public static Mobility commute(double km) {
		return new Mobility(km, false);
	}

	/**
	 * Commuting, and moving for a job that is farther.
	 * @param km the longest commute
	 * @return the mobility
	 */
	public static Mobility commuteOrRelocate(double km) {
		return new Mobility(km, true);
	}

}
