package io.arcticmatch.ingest.source.tyomarkkinatori;

import java.time.Instant;

import io.arcticmatch.ingest.source.PageSplit;
import io.arcticmatch.ingest.source.ParsedPosting;
import io.arcticmatch.ingest.source.RawPosting;
import io.arcticmatch.ingest.source.SourceFormat;
import io.arcticmatch.ingest.source.parse.Fields;
import io.arcticmatch.ingest.source.parse.Pages;
import tools.jackson.databind.JsonNode;

/**
 * Cuts a tpt-api answer, Solr JSON {@code {responseHeader, response{numFound, start,
 * docs[]}}}, into one posting per document, identified by {@code ilmoitusnumero}.
 */
public final class TeTptPages {

	private TeTptPages() {
	}

	/**
	 * @param page the answer's JSON
	 * @param fetchedAt when it was fetched
	 * @return one {@link SourceFormat#TE_TPT_DOC} posting per document; malformed when
	 * Solr reported an error or there is no {@code response.docs}
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
	 * @return one {@link SourceFormat#TE_TPT_DOC} posting per ad
	 */
	public static PageSplit<ParsedPosting> splitParsed(JsonNode tree, Instant fetchedAt) {
		JsonNode status = tree.path("responseHeader").path("status");
		if (status.isNumber() && status.intValue() != 0) {
			return new PageSplit.Malformed<>("Solr answered with responseHeader.status %d: %s"
				.formatted(status.intValue(), Fields.describe(tree.path("error"))));
		}
		JsonNode docs = tree.path("response").path("docs");
		if (!docs.isArray()) {
			return new PageSplit.Malformed<>("a tpt-api answer should have a list 'response.docs', but the page is %s"
				.formatted(Fields.describe(tree)));
		}
		return Pages.splitParsed(docs, "response.docs", (doc) -> doc, "ilmoitusnumero", SourceFormat.TE_TPT_DOC,
				fetchedAt, null);
	}

}
