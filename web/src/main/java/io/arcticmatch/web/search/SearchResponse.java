package io.arcticmatch.web.search;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.arcticmatch.matcher.concepts.core.LabelLanguage;
import io.arcticmatch.matcher.concepts.place.GeoPoint;
import io.arcticmatch.matcher.posting.Facet;
import io.arcticmatch.matcher.posting.FacetCount;
import io.arcticmatch.matcher.posting.PostingPage;
import io.swagger.v3.oas.annotations.media.Schema;
import org.jspecify.annotations.Nullable;

/**
 * One page of search results.
 *
 * @param postings the postings on this page, in the requested order
 * @param totalHits how many active postings match in all
 * @param page the page number, from 0
 * @param size the page size asked for
 * @param totalPages how many pages of this size the hits fill
 * @param facets per filter parameter ({@code country}, {@code region},
 * {@code municipality}, {@code isco}, {@code employmentType}, {@code language},
 * {@code licence}, {@code remote}), its values among all matching postings, most frequent
 * first; a filter no matching posting has a value for is left out
 */
public record SearchResponse(List<PostingSummary> postings, long totalHits, int page, int size, long totalPages,
		@Schema(example = "{\"country\": [{\"value\": \"NO\", \"label\": \"Norway\", \"count\": 120}]}") Map<String, List<FacetValue>> facets) {

	static SearchResponse of(PostingPage page, @Nullable GeoPoint origin, ConceptLabels labels,
			LabelLanguage language) {
		Map<String, List<FacetValue>> facets = new LinkedHashMap<>();
		for (Facet facet : Facet.values()) {
			List<FacetCount> counts = page.facet(facet);
			if (!counts.isEmpty()) {
				facets.put(SearchParameters.parameterOf(facet),
						counts.stream()
							.map((count) -> new FacetValue(count.value(),
									labels.facetValue(facet, count.value(), language), count.count()))
							.toList());
			}
		}
		return new SearchResponse(page.postings()
			.stream()
			.map((posting) -> PostingSummary.of(posting, origin, labels, language))
			.toList(), page.totalHits(), page.page(), page.size(), page.totalPages(), facets);
	}

	/**
	 * How many matching postings have one value of a filter.
	 *
	 * @param value the value, as the filter parameter takes it
	 * @param label its name in the caller's language (places, occupation groups,
	 * languages, licences); the value itself for employment types and remote modes
	 * @param count the number of matching postings
	 */
	public record FacetValue(@Schema(example = "NO") String value, @Schema(example = "Norway") String label,
			long count) {

	}

}
