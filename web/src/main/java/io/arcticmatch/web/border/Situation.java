package io.arcticmatch.web.border;

/**
 * Whether a seeker would commute across the border or move; {@link #BOTH} only marks
 * items that apply either way.
 */
public enum Situation {

	COMMUTER, MOVER, BOTH;

	/**
	 * @param seekers the seeker's situation, or null when unknown
	 * @return whether an item marked with this situation applies
	 */
	boolean covers(@org.jspecify.annotations.Nullable Situation seekers) {
		return this == BOTH || seekers == null || seekers == BOTH || seekers == this;
	}

}
