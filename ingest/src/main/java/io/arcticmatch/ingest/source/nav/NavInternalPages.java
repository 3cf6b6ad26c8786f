package io.arcticmatch.ingest.source.nav;

import java.time.Instant;

import io.arcticmatch.ingest.source.PageSplit;
import io.arcticmatch.ingest.source.ParsedPosting;
import io.arcticmatch.ingest.source.RawPosting;
import io.arcticmatch.ingest.source.SourceFormat;
import io.arcticmatch.ingest.source.parse.Fields;
import io.arcticmatch.ingest.source.parse.Pages;
import tools.jackson.databind.JsonNode;

/**
 * Cuts pages of NAV's internal ad format into single ads: a Spring Data page
 * ({@code content[]}), an Elasticsearch result ({@code hits.hits[]._source}) or a bare
 * list.
 */
public final class NavInternalPages {

	private NavInternalPages() {
	}

	/**
	 * @param page the page's JSON
	 * @param fetchedAt when it was fetched
	 * @return one {@link SourceFormat#NAV_INTERNAL_AD} posting per ad
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
	 * @return one {@link SourceFormat#NAV_INTERNAL_AD} posting per ad
	 */
	public static PageSplit<ParsedPosting> splitParsed(JsonNode tree, Instant fetchedAt) {
		if (tree.isArray()) {
			return Pages.splitParsed(tree, "$", (item) -> item, "uuid", SourceFormat.NAV_INTERNAL_AD, fetchedAt, null);
		}
		if (tree.path("content").isArray()) {
			return Pages.splitParsed(tree.path("content"), "content", (item) -> item, "uuid",
					SourceFormat.NAV_INTERNAL_AD, fetchedAt, null);
		}
		if (tree.path("hits").path("hits").isArray()) {
			return Pages.splitParsed(tree.path("hits").path("hits"), "hits.hits", (hit) -> hit.get("_source"), "uuid",
					SourceFormat.NAV_INTERNAL_AD, fetchedAt, null);
		}
		return new PageSplit.Malformed<>(
				"a page of NAV ads should be a list, a 'content' list or 'hits.hits', but is %s"
					.formatted(Fields.describe(tree)));
	}

}
