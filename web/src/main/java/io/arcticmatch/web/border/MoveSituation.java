package io.arcticmatch.web.border;

import io.arcticmatch.matcher.concepts.place.Country;
import org.jspecify.annotations.Nullable;

/**
 * What is known about a seeker's move; null parts are unknown, and an unknown part
 * selects the items for every value of it.
 *
 * @param home the country the seeker lives in
 * @param group the seeker's citizenship group
 * @param situation commuter or mover
 */
public record MoveSituation(@Nullable Country home, @Nullable CitizenshipGroup group, @Nullable Situation situation) {

	/** Nothing known: a visitor who has not told us anything. */
	public static final MoveSituation UNKNOWN = new MoveSituation(null, null, null);

}
