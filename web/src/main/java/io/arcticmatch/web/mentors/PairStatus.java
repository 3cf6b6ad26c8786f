package io.arcticmatch.web.mentors;

/**
 * A pair's state: {@link #PROPOSED} once the coordinator confirms it, {@link #ACTIVE}
 * once the mentee accepts (only then does the mentor see the mentee's profile),
 * {@link #ENDED} when either side ends it or the mentee declines.
 */
public enum PairStatus {

	PROPOSED, ACTIVE, ENDED

}
