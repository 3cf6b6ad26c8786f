package io.arcticmatch.ingest.source.nav;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import io.arcticmatch.ingest.source.Conversion;
import io.arcticmatch.ingest.source.PageSplit;
import io.arcticmatch.ingest.source.RawPosting;
import io.arcticmatch.ingest.source.SourceFormat;
import io.arcticmatch.ingest.source.parse.Fields;
import io.arcticmatch.ingest.source.parse.JsonPayloads;
import io.arcticmatch.ingest.source.parse.Pages;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;

/**
 * Cuts a pam-stilling-feed page ({@code GET /api/v1/feed[/{pageId}]}: {@code items[]},
 * {@code next_url}) into {@link NavFeedLine}s.
 */
public final class NavFeedPage {

	private static final String FEED_ENTRY = "_feed_entry";

	private NavFeedPage() {
	}

	/**
	 * @param page the page's JSON
	 * @param fetchedAt when it was fetched
	 * @return the lines and {@code next_url}; malformed when the page has no list of
	 * items
	 */
	public static PageSplit<NavFeedLine> split(String page, Instant fetchedAt) {
		Pages.PageOrProblem parsed = Pages.parse(page);
		JsonNode tree = parsed.tree();
		if (tree == null) {
			return new PageSplit.Malformed<>(String.valueOf(parsed.problem()));
		}
		JsonNode items = tree.path("items");
		if (!tree.isObject() || !items.isArray()) {
			return new PageSplit.Malformed<>("a feed page should be an object with a list 'items', but %s".formatted(
					tree.isObject() ? "'items' is " + Fields.describe(items) : "the page is " + Fields.describe(tree)));
		}
		List<NavFeedLine> lines = new ArrayList<>();
		List<Conversion.Rejected> rejected = new ArrayList<>();
		for (int i = 0; i < items.size(); i++) {
			String path = "items[" + i + "]";
			JsonNode item = items.get(i);
			JsonNode entry = item.path(FEED_ENTRY);
			String uuid = text(entry.path("uuid"));
			if (uuid == null) {
				uuid = text(item.path("id"));
			}
			if (!item.isObject() || !entry.isObject() || uuid == null) {
				rejected.add(new Conversion.Rejected((uuid != null) ? uuid : path,
						"%s should be a feed line with an id and an object '%s' but is %s".formatted(path, FEED_ENTRY,
								Fields.describe(item))));
				continue;
			}
			String status = text(entry.path("status"));
			boolean active = status != null && "ACTIVE".equals(status.toUpperCase(Locale.ROOT));
			String url = text(item.path("url"));
			lines.add(new NavFeedLine(uuid, active, text(item.path("date_modified")),
					(url != null) ? url : "/api/v1/feedentry/" + uuid,
					RawPosting.of(SourceFormat.NAV_FEED_ENTRY, uuid, JsonPayloads.write(entry), fetchedAt)));
		}
		return new PageSplit.Split<>(lines, rejected, text(tree.path("next_url")));
	}

	private static @Nullable String text(JsonNode value) {
		if (!value.isString() && !value.isNumber()) {
			return null;
		}
		String text = value.asString().strip();
		return text.isEmpty() ? null : text;
	}

}
