package io.arcticmatch.web.search;

import java.util.Locale;

import io.arcticmatch.matcher.concepts.core.LabelLanguage;
import io.arcticmatch.matcher.posting.JobPosting;
import io.arcticmatch.matcher.posting.PostingId;
import io.arcticmatch.matcher.posting.PostingIndex;
import io.arcticmatch.web.search.SearchParameterReader.SearchRequest;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springdoc.core.annotations.ParameterObject;

import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The job search API. Public and read-only: it returns postings, never anything about a
 * person. Labels come in the caller's language ({@code Accept-Language} or
 * {@code ?lang=}: nb, sv, fi or en).
 */
@RestController
@RequestMapping("/api/postings")
@Tag(name = "Postings", description = "Search active job postings of Norway, Sweden and Finland")
@ApiResponse(responseCode = "503", description = "The posting index does not answer; try again after Retry-After",
		content = @Content(mediaType = MediaType.APPLICATION_PROBLEM_JSON_VALUE,
				schema = @Schema(implementation = ApiProblem.class)))
class PostingSearchController {

	static final int MAX_SIMILAR = 50;

	private final PostingIndex index;

	private final SearchParameterReader reader;

	private final ConceptLabels labels;

	PostingSearchController(PostingIndex index, SearchParameterReader reader, ConceptLabels labels) {
		this.index = index;
		this.reader = reader;
		this.labels = labels;
	}

	@GetMapping
	@Operation(summary = "Search postings",
			description = "Finds active postings whose application deadline has not passed: free text, filters "
					+ "(all must hold; the values of one filter are alternatives), an order and a page, with "
					+ "counts per filter value over all matching postings.")
	@ApiResponse(responseCode = "200", description = "One page of results with facet counts")
	@ApiResponse(responseCode = "400", description = "A parameter cannot be used; errors lists each one",
			content = @Content(mediaType = MediaType.APPLICATION_PROBLEM_JSON_VALUE,
					schema = @Schema(implementation = ApiProblem.class)))
	SearchResponse search(@ParameterObject SearchParameters parameters, @Parameter(hidden = true) Locale locale) {
		SearchRequest request = this.reader.read(parameters);
		return SearchResponse.of(this.index.search(request.query()), request.origin(), this.labels,
				ConceptLabels.languageOf(locale));
	}

	@GetMapping("/{id}")
	@Operation(summary = "One posting",
			description = "The whole posting as normalised from its source, also when it is no longer active "
					+ "(see status).")
	@ApiResponse(responseCode = "200", description = "The posting")
	@ApiResponse(responseCode = "404", description = "No posting has this id",
			content = @Content(mediaType = MediaType.APPLICATION_PROBLEM_JSON_VALUE,
					schema = @Schema(implementation = ApiProblem.class)))
	JobPosting posting(@PathVariable @Parameter(description = "The posting's id, source:sourceId",
			example = "nav:3f9c1e52-8d0a-4b5e-9f3a-2b1c0d4e5f60") String id) {
		return this.index.findById(postingId(id)).orElseThrow(() -> new PostingNotFound(id));
	}

	@GetMapping("/{id}/similar")
	@Operation(summary = "Similar jobs",
			description = "Active postings most like this one: the same occupation first, then the same "
					+ "occupation group, then similar titles. Never the posting itself.")
	@ApiResponse(responseCode = "200", description = "The similar postings, most similar first")
	@ApiResponse(responseCode = "400", description = "limit is not a number from 1 to 50",
			content = @Content(mediaType = MediaType.APPLICATION_PROBLEM_JSON_VALUE,
					schema = @Schema(implementation = ApiProblem.class)))
	@ApiResponse(responseCode = "404", description = "No posting has this id",
			content = @Content(mediaType = MediaType.APPLICATION_PROBLEM_JSON_VALUE,
					schema = @Schema(implementation = ApiProblem.class)))
	SimilarPostings similar(
			@PathVariable @Parameter(description = "The posting's id, source:sourceId",
					example = "nav:3f9c1e52-8d0a-4b5e-9f3a-2b1c0d4e5f60") String id,
			@RequestParam(defaultValue = "10") @Parameter(description = "How many at most",
					schema = @Schema(type = "integer", minimum = "1", maximum = "50", defaultValue = "10")) int limit,
			@Parameter(hidden = true) Locale locale) {
		if (limit < 1 || limit > MAX_SIMILAR) {
			throw new InvalidParameters(new ParameterProblem("limit", "api.param.limit", String.valueOf(MAX_SIMILAR),
					String.valueOf(limit)));
		}
		PostingId postingId = postingId(id);
		if (this.index.findById(postingId).isEmpty()) {
			throw new PostingNotFound(id);
		}
		LabelLanguage language = ConceptLabels.languageOf(locale);
		return new SimilarPostings(this.index.similarTo(postingId, limit)
			.stream()
			.map((posting) -> PostingSummary.of(posting, null, this.labels, language))
			.toList());
	}

	private static PostingId postingId(String id) {
		try {
			return PostingId.parse(id);
		}
		catch (IllegalArgumentException ex) {
			throw new InvalidParameters(new ParameterProblem("id", "api.param.id", id));
		}
	}

}
