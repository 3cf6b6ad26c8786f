package io.arcticmatch.ingest.source.parse;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

import io.arcticmatch.ingest.source.Conversion;
import io.arcticmatch.ingest.source.PageSplit;
import io.arcticmatch.ingest.source.ParsedPosting;
import io.arcticmatch.ingest.source.PostingOrigin;
import io.arcticmatch.ingest.source.RawPosting;
import io.arcticmatch.ingest.source.SourceFormat;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;

/**
 * Cuts a page's list of ads into {@link RawPosting}s, one ad each, with the ad's own id.
 * An item that is not an object or has no id is rejected; the others go on.
 */
public final class Pages {

	private Pages() {
	}

	/**
	 * @param items the page's list of ads
	 * @param path where the list is in the page, e.g. {@code hits.hits}, for the reasons
	 * @param unwrap turns one item into the ad (e.g. a search hit's {@code _source});
	 * null when the item holds no ad
	 * @param idField the ad's id field (its value may be text or a number)
	 * @param format the ads' format
	 * @param fetchedAt when the page was fetched
	 * @param next where the next page is, if the page says
	 * @return the ads and the rejected items
	 */
	public static PageSplit<RawPosting> split(JsonNode items, String path,
			Function<JsonNode, @Nullable JsonNode> unwrap, String idField, SourceFormat format, Instant fetchedAt,
			@Nullable String next) {
		return ParsedPosting.raw(splitParsed(items, path, unwrap, idField, format, fetchedAt, next));
	}

	/**
	 * As {@link #split}, each posting as the tree it was cut from: its text is written
	 * only when {@link ParsedPosting#raw()} asks for it.
	 * @param items the page's list of ads
	 * @param path where the list is in the page, e.g. {@code hits.hits}, for the reasons
	 * @param unwrap turns one item into the ad (e.g. a search hit's {@code _source});
	 * null when the item holds no ad
	 * @param idField the ad's id field (its value may be text or a number)
	 * @param format the ads' format
	 * @param fetchedAt when the page was fetched
	 * @param next where the next page is, if the page says
	 * @return the ads and the rejected items
	 */
	public static PageSplit.Split<ParsedPosting> splitParsed(JsonNode items, String path,
			Function<JsonNode, @Nullable JsonNode> unwrap, String idField, SourceFormat format, Instant fetchedAt,
			@Nullable String next) {
		List<ParsedPosting> postings = new ArrayList<>();
		List<Conversion.Rejected> rejected = new ArrayList<>();
		for (int i = 0; i < items.size(); i++) {
			String itemPath = path + "[" + i + "]";
			JsonNode item = items.get(i);
			JsonNode ad = item.isObject() ? unwrap.apply(item) : null;
			if (ad == null || !ad.isObject()) {
				rejected.add(new Conversion.Rejected(itemPath,
						"%s should hold one ad object but is %s".formatted(itemPath, Fields.describe(item))));
				continue;
			}
			String id = idOf(ad, idField);
			if (id == null) {
				rejected.add(new Conversion.Rejected(itemPath, "%s has no usable '%s' (%s); cannot tell which ad it is"
					.formatted(itemPath, idField, Fields.describe(ad.path(idField)))));
				continue;
			}
			postings.add(ParsedPosting.parsed(PostingOrigin.of(format, id, fetchedAt), ad));
		}
		return new PageSplit.Split<>(postings, rejected, next);
	}

	/**
	 * @param page the page's text
	 * @return the page's JSON, or a malformed split with the parser's complaint
	 */
	public static PageOrProblem parse(String page) {
		JsonPayloads.Parsed parsed = JsonPayloads.parse(page);
		return new PageOrProblem(parsed.tree(),
				(parsed.problem() != null) ? parsed.problem().replace("payload", "page") : null);
	}

	/**
	 * A parsed page, or why it could not be parsed.
	 *
	 * @param tree the page's JSON
	 * @param problem what is wrong
	 */
	public record PageOrProblem(@Nullable JsonNode tree, @Nullable String problem) {

	}

	private static @Nullable String idOf(JsonNode ad, String idField) {
		JsonNode id = ad.path(idField);
		if (!id.isString() && !id.isNumber()) {
			return null;
		}
		String text = id.asString().strip();
		return text.isEmpty() ? null : text;
	}

}
