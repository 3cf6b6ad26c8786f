package io.arcticmatch.web.jobs;

import java.util.List;

import io.arcticmatch.matcher.concepts.place.Country;
import org.jspecify.annotations.Nullable;

/**
 * A posting as a result list shows it, every text ready in the reader's language.
 *
 * @param id the posting's id
 * @param title the ad's title
 * @param employer the employer's name
 * @param place the place's name
 * @param country the job's country
 * @param countryName the country's name in the reader's language
 * @param flag the country's flag emoji
 * @param sources the names of the sources that publish the ad
 * @param published when it was published
 * @param deadline the application deadline, if stated
 * @param distance km from the searched place, if asked and known
 * @param score the match score for the signed-in seeker, 0 to 100
 * @param favourite whether the signed-in seeker marked it
 * @param active whether it can still be applied for
 */
public record JobCard(String id, String title, String employer, String place, Country country, String countryName,
		String flag, List<String> sources, String published, @Nullable String deadline, @Nullable String distance,
		@Nullable Integer score, boolean favourite, boolean active) {

}
