package io.arcticmatch.ingest.source.jobtech;

import java.time.Instant;

import io.arcticmatch.ingest.source.PageSplit;
import io.arcticmatch.ingest.source.ParsedPosting;
import io.arcticmatch.ingest.source.RawPosting;
import io.arcticmatch.ingest.source.SourceFormat;
import io.arcticmatch.ingest.source.parse.Fields;
import io.arcticmatch.ingest.source.parse.Pages;
import tools.jackson.databind.JsonNode;

/**
 * Cuts JobTech answers into single ads: a JobStream {@code /snapshot} or {@code /stream}
 * list (full ads and removed stubs), a JobSearch {@code /search} answer ({@code hits[]})
 * or an Elasticsearch result of the same ads ({@code hits.hits[]._source}). The whole
 * text is read at once; a streaming reader for the large snapshot is left to the fetcher.
 */
public final class JobTechPages {

	private JobTechPages() {
	}

	/**
	 * @param page the answer's JSON
	 * @param fetchedAt when it was fetched
	 * @return one {@link SourceFormat#JOBTECH_AD} posting per ad or stub
	 */
	public static PageSplit<RawPosting> split(String page, Instant fetchedAt) {
		Pages.PageOrProblem parsed = Pages.parse(page);
		JsonNode tree = parsed.tree();
		if (tree == null) {
			return new PageSplit.Malformed<>(String.valueOf(parsed.problem()));
		}
		return ParsedPosting.raw(splitParsed(tree, fetchedAt));
	}

	/**
	 * As {@link #split(String, Instant)}, for a page already parsed; each posting keeps
	 * the tree it was cut from.
	 * @param tree the page's JSON
	 * @param fetchedAt when it was fetched
	 * @return one {@link SourceFormat#JOBTECH_AD} posting per ad
	 */
	public static PageSplit<ParsedPosting> splitParsed(JsonNode tree, Instant fetchedAt) {
		if (tree.isArray()) {
			return Pages.splitParsed(tree, "$", (item) -> item, "id", SourceFormat.JOBTECH_AD, fetchedAt, null);
		}
		JsonNode hits = tree.path("hits");
		if (hits.isArray()) {
			return Pages.splitParsed(hits, "hits", (item) -> item, "id", SourceFormat.JOBTECH_AD, fetchedAt, null);
		}
		if (hits.path("hits").isArray()) {
			return Pages.splitParsed(hits.path("hits"), "hits.hits", (hit) -> hit.get("_source"), "id",
					SourceFormat.JOBTECH_AD, fetchedAt, null);
		}
		return new PageSplit.Malformed<>(
				"a JobTech answer should be a list of ads, a 'hits' list or 'hits.hits', but is %s"
					.formatted(Fields.describe(tree)));
	}

}
