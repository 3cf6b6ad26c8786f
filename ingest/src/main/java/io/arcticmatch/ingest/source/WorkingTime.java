package io.arcticmatch.ingest.source;

import org.jspecify.annotations.Nullable;

/**
 * How much of a week the job takes, as the source says it.
 *
 * @param text e.g. "Heltid", "Deltid", "heltidsarbete"
 * @param code the source's code for it, if any
 * @param minPercent the lower end of the scope of work in percent of full time, if given
 * @param maxPercent the upper end of the scope of work in percent of full time, if given
 */
public record WorkingTime(@Nullable String text, @Nullable String code, @Nullable Integer minPercent,
		@Nullable Integer maxPercent) {

	/**
	 * @return the working time, or null when the source said nothing
	 */
	public static @Nullable WorkingTime of(@Nullable String text, @Nullable String code, @Nullable Integer minPercent,
			@Nullable Integer maxPercent) {
		if (text == null && code == null && minPercent == null && maxPercent == null) {
			return null;
		}
		return new WorkingTime(text, code, minPercent, maxPercent);
	}

}
