package io.arcticmatch.ingest.cli;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import io.arcticmatch.ingest.source.Conversion;
import io.arcticmatch.ingest.source.PageSplit;
import io.arcticmatch.ingest.source.RawPosting;
import io.arcticmatch.ingest.source.SourceFormat;
import io.arcticmatch.ingest.source.jobtech.JobTechPages;
import io.arcticmatch.ingest.source.nav.NavFeedLine;
import io.arcticmatch.ingest.source.nav.NavFeedPage;
import io.arcticmatch.ingest.source.nav.NavInternalPages;
import io.arcticmatch.ingest.source.parse.Pages;
import io.arcticmatch.ingest.source.tyomarkkinatori.TeTptPages;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.JsonNodeFactory;

/**
 * Recognises which feed a file comes from by its shape and splits it into raw postings
 * with that feed's own splitter.
 */
final class FeedFile {

	private FeedFile() {
	}

	/**
	 * @param content the file's text
	 * @param readAt when it was read, standing in for the fetch time
	 * @return the raw postings and the parts that are not ads, or why the file is no feed
	 * at all
	 */
	static PageSplit<RawPosting> split(String content, Instant readAt) {
		Pages.PageOrProblem parsed = Pages.parse(content);
		JsonNode tree = parsed.tree();
		if (tree == null) {
			return new PageSplit.Malformed<>("not JSON: " + parsed.problem());
		}
		JsonNode sample = firstAd(tree);
		if (tree.path("response").path("docs").isArray() || sample.has("ilmoitusnumero")) {
			return TeTptPages.split(tree.has("response") ? content : wrapInSolrResponse(content), readAt);
		}
		if (tree.path("items").isArray()) {
			return navFeedPage(content, readAt);
		}
		if (sample.has("ad_content") || sample.has("sistEndret") || sample.has("json")) {
			return Pages.split(singleton(tree), "$", (item) -> item, "uuid", SourceFormat.NAV_FEED_ENTRY, readAt, null);
		}
		if (sample.has("properties") && sample.has("uuid")) {
			return NavInternalPages.split(
					tree.isObject() && !tree.has("content") && !tree.has("hits") ? "[" + content + "]" : content,
					readAt);
		}
		if (sample.has("headline") || sample.has("removed")) {
			return JobTechPages.split(tree.isObject() && !tree.has("hits") ? "[" + content + "]" : content, readAt);
		}
		return new PageSplit.Malformed<>("not a NAV, JobTech or TE feed file: no ad of a known shape in it");
	}

	/**
	 * A NAV feed page names its ads but holds only the withdrawals; the rest must be
	 * fetched.
	 */
	private static PageSplit<RawPosting> navFeedPage(String content, Instant readAt) {
		return switch (NavFeedPage.split(content, readAt)) {
			case PageSplit.Malformed<NavFeedLine> malformed -> new PageSplit.Malformed<>(malformed.reason());
			case PageSplit.Split<NavFeedLine> split -> {
				List<RawPosting> withdrawals = new ArrayList<>();
				List<Conversion.Rejected> rejected = new ArrayList<>(split.rejected());
				for (NavFeedLine line : split.items()) {
					if (line.active()) {
						rejected.add(new Conversion.Rejected(line.adUuid(),
								"a feed page line holds no ad; its content is at %s (the NAV fetcher follows it)"
									.formatted(line.entryUrl())));
					}
					else {
						withdrawals.add(line.entry());
					}
				}
				yield new PageSplit.Split<>(withdrawals, rejected, split.next());
			}
		};
	}

	private static JsonNode firstAd(JsonNode tree) {
		JsonNode list = tree.isArray() ? tree
				: tree.path("hits").isArray() ? tree.path("hits") : tree.path("hits").path("hits").isArray()
						? tree.path("hits").path("hits") : tree.path("content").isArray() ? tree.path("content") : null;
		if (list == null) {
			return tree;
		}
		JsonNode first = list.path(0);
		return first.has("_source") ? first.path("_source") : first;
	}

	private static JsonNode singleton(JsonNode tree) {
		return tree.isArray() ? tree : JsonNodeFactory.instance.arrayNode().add(tree);
	}

	private static String wrapInSolrResponse(String doc) {
		return "{\"responseHeader\":{\"status\":0},\"response\":{\"numFound\":1,\"start\":0,\"docs\":[" + doc + "]}}";
	}

}
