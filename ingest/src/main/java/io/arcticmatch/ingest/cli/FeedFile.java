package io.arcticmatch.ingest.cli;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import io.arcticmatch.ingest.source.Conversion;
import io.arcticmatch.ingest.source.PageSplit;
import io.arcticmatch.ingest.source.ParsedPosting;
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
import tools.jackson.databind.node.ObjectNode;

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
	 * @return the raw postings, each with its parsed payload (the file is parsed once),
	 * and the parts that are not ads, or why the file is no feed at all
	 */
	static PageSplit<ParsedPosting> split(String content, Instant readAt) {
		Pages.PageOrProblem parsed = Pages.parse(content);
		JsonNode tree = parsed.tree();
		if (tree == null) {
			return new PageSplit.Malformed<>("not JSON: " + parsed.problem());
		}
		JsonNode sample = firstAd(tree);
		if (tree.path("response").path("docs").isArray() || sample.has("ilmoitusnumero")) {
			return TeTptPages.splitParsed(tree.has("response") ? tree : wrapInSolrResponse(tree), readAt);
		}
		if (tree.path("items").isArray()) {
			return withoutTrees(navFeedPage(content, readAt));
		}
		if (sample.has("ad_content") || sample.has("sistEndret") || sample.has("json")) {
			return Pages.splitParsed(singleton(tree), "$", (item) -> item, "uuid", SourceFormat.NAV_FEED_ENTRY, readAt,
					null);
		}
		if (sample.has("properties") && sample.has("uuid")) {
			return NavInternalPages.splitParsed(
					tree.isObject() && !tree.has("content") && !tree.has("hits") ? inList(tree) : tree, readAt);
		}
		if (sample.has("headline") || sample.has("removed")) {
			return JobTechPages.splitParsed(tree.isObject() && !tree.has("hits") ? inList(tree) : tree, readAt);
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

	/**
	 * The withdrawals of a NAV feed page are small stubs written by its splitter: their
	 * converter parses them.
	 */
	private static PageSplit<ParsedPosting> withoutTrees(PageSplit<RawPosting> split) {
		return switch (split) {
			case PageSplit.Malformed<RawPosting> malformed -> new PageSplit.Malformed<>(malformed.reason());
			case PageSplit.Split<RawPosting> raw -> new PageSplit.Split<>(
					raw.items().stream().map(ParsedPosting::unparsed).toList(), raw.rejected(), raw.next());
		};
	}

	private static JsonNode singleton(JsonNode tree) {
		return tree.isArray() ? tree : inList(tree);
	}

	private static JsonNode inList(JsonNode tree) {
		return JsonNodeFactory.instance.arrayNode().add(tree);
	}

	private static JsonNode wrapInSolrResponse(JsonNode doc) {
		ObjectNode answer = JsonNodeFactory.instance.objectNode();
		answer.putObject("responseHeader").put("status", 0);
		answer.putObject("response").put("numFound", 1).put("start", 0).putArray("docs").add(doc);
		return answer;
	}

}
