package io.arcticmatch.web.border;

import io.arcticmatch.matcher.concepts.place.Country;
import org.jspecify.annotations.Nullable;

/**
 * What a seeker told us for their border guidance; either may be left unanswered.
 *
 * @param home the country they live in (null: elsewhere or not said)
 * @param group their citizenship group (null: not said)
 */
public record SeekerSituation(@Nullable Country home, @Nullable CitizenshipGroup group) {

	static final SeekerSituation UNKNOWN = new SeekerSituation(null, null);

}
