package io.arcticmatch.web.search;

import java.net.URI;
import java.time.Instant;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.arcticmatch.matcher.concepts.core.LabelLanguage;
import io.arcticmatch.matcher.concepts.place.Country;
import io.arcticmatch.matcher.concepts.place.GeoPoint;
import io.arcticmatch.matcher.posting.EmploymentType;
import io.arcticmatch.matcher.posting.JobPosting;
import io.arcticmatch.matcher.posting.RemoteMode;
import io.arcticmatch.matcher.posting.Salary;
import io.swagger.v3.oas.annotations.media.Schema;
import org.jspecify.annotations.Nullable;

/**
 * A posting as a result list shows it; {@code GET /api/postings/{id}} gives the whole
 * posting.
 *
 * @param id the posting's id, {@code source:sourceId}
 * @param title the ad's title
 * @param employer the employer's name
 * @param place where the job is
 * @param occupation the occupation, if the ad's was recognised
 * @param published when the source published this version
 * @param applicationDeadline the last moment to apply, if stated
 * @param remote on site, hybrid or remote, if stated
 * @param employmentType permanent, temporary, seasonal, if stated
 * @param salary the pay the ad states, if any
 * @param sourceUrl the ad at its source
 * @param applyUrl where to apply, if not at the source
 * @param distanceKm km from the search's {@code near}, only when one was given and the
 * posting has a location
 */
public record PostingSummary(@Schema(example = "nav:3f9c1e52-8d0a-4b5e-9f3a-2b1c0d4e5f60") String id, String title,
		String employer, PlaceSummary place, @Nullable OccupationSummary occupation, Instant published,
		@Nullable Instant applicationDeadline, @Nullable RemoteMode remote, @Nullable EmploymentType employmentType,
		@Nullable Salary salary, @Nullable URI sourceUrl, @Nullable URI applyUrl,
		@JsonInclude(JsonInclude.Include.NON_NULL) @Nullable Double distanceKm) {

	static PostingSummary of(JobPosting posting, @Nullable GeoPoint origin, ConceptLabels labels,
			LabelLanguage language) {
		GeoPoint location = posting.place().coordinates();
		Double distance = (origin != null && location != null) ? Math.round(origin.distanceKm(location) * 10) / 10.0
				: null;
		return new PostingSummary(posting.id().toString(), posting.title(), posting.employer(),
				new PlaceSummary(labels.place(posting.place(), language), posting.place().country(), location),
				(posting.occupation() != null) ? new OccupationSummary(posting.occupation().iscoCode(),
						labels.occupation(posting.occupation(), language)) : null,
				posting.published(), posting.applicationDeadline(), posting.remote(), posting.employmentType(),
				posting.salary(), posting.sourceUrl(), posting.applyUrl(), distance);
	}

	/**
	 * Where a job is.
	 *
	 * @param name the place name the ad gives, else its municipality's, region's or
	 * country's name in the caller's language
	 * @param country the country
	 * @param coordinates the workplace or its municipality's centre, if known
	 */
	public record PlaceSummary(String name, Country country, @Nullable GeoPoint coordinates) {

	}

	/**
	 * The occupation of a posting.
	 *
	 * @param isco the ISCO-08 group, 4 digits in most cases
	 * @param label the occupation's name in the caller's language
	 */
	public record OccupationSummary(@Schema(example = "2221") String isco, @Schema(example = "Nurse") String label) {

	}

}
