package io.arcticmatch.ingest.source.nav;

import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import io.arcticmatch.ingest.intake.Checkpoint;
import io.arcticmatch.ingest.intake.Checkpoints;
import io.arcticmatch.ingest.intake.Intake;
import io.arcticmatch.ingest.source.PageSplit;
import io.arcticmatch.ingest.source.RawPosting;
import io.arcticmatch.ingest.source.SourceFormat;
import io.arcticmatch.ingest.source.http.FeedFailure;
import io.arcticmatch.ingest.source.http.FeedSchedule;
import io.arcticmatch.ingest.source.http.FeedSource;
import io.arcticmatch.ingest.source.http.SyncReport;
import io.arcticmatch.ingest.source.parse.JsonPayloads;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

import org.springframework.stereotype.Component;

/**
 * Syncs NAV's pam-stilling-feed, NAV's own algorithm: a first sync starts at the page of
 * lines changed in the last {@link NavFeedSettings#firstSyncLookback()}; then page after
 * page along {@code next_url}. An active line's entry is fetched ({@code GET} its URL);
 * an inactive line is a withdrawal as it is (NAV's terms require removing the ad). Each
 * page goes to the intake with the checkpoint after it.
 * <p>
 * The checkpoint's position is JSON: {@code page}, the page to fetch next (or, once
 * caught up, the last page, polled again with its ETag and Last-Modified until it grows
 * or gets a {@code next_url}), and {@code after}, the last line handled ({@code id} and
 * {@code date_modified}). Lines up to and including that one are skipped: consecutive
 * pages overlap by one line, and the last page is read again when it grows. On one page
 * only the last line of each ad counts (the entry is the ad's current state anyway).
 * <p>
 * A stored page NAV no longer has (404 or 410; feed pages are kept for a limited time) is
 * left for a read from the start of the feed since the last line handled, once per step.
 * <p>
 * An active line whose entry NAV no longer has (404 or 410) is kept as the line's own
 * {@code _feed_entry}, which has no {@code ad_content} and so converts to a withdrawal:
 * an ad NAV cannot show any more must not stay on Arctic Match, and if it comes back, its
 * next change brings a new line. An entry that fails otherwise (5xx after the retries, no
 * answer) stops the step with the checkpoint before the page: the page is fetched again
 * next time and nothing is lost.
 */
@Component
public class NavFetcher implements FeedSource {

	private static final Logger log = LoggerFactory.getLogger(NavFetcher.class);

	/** The posting source and checkpoint name. */
	public static final String SOURCE = SourceFormat.NAV_FEED_ENTRY.source();

	private final NavFeedClient client;

	private final NavFeedSettings settings;

	private final Intake intake;

	private final Checkpoints checkpoints;

	private final Clock clock;

	/**
	 * @param client HTTP for the feed
	 * @param settings the feed's settings
	 * @param intake where pages go
	 * @param checkpoints where the step starts
	 * @param clock for the first sync's start
	 */
	public NavFetcher(NavFeedClient client, NavFeedSettings settings, Intake intake, Checkpoints checkpoints,
			Clock clock) {
		this.client = client;
		this.settings = settings;
		this.intake = intake;
		this.checkpoints = checkpoints;
		this.clock = clock;
	}

	@Override
	public String source() {
		return SOURCE;
	}

	@Override
	public FeedSchedule schedule() {
		return this.settings;
	}

	@Override
	public SyncReport step() {
		Checkpoint checkpoint = this.checkpoints.of(SOURCE);
		Position position = Position.read(checkpoint.position());
		SyncReport report = SyncReport.start();
		boolean readAgainFromTheStart = false;
		while (true) {
			NavFeedClient.Page answer = (position.page() == null) ? this.client.firstPage(since(position))
					: this.client.page(position.page(), checkpoint.etag(), checkpoint.lastModified());
			if (answer instanceof NavFeedClient.Page.Gone gone) {
				if (position.page() == null || readAgainFromTheStart) {
					throw new FeedFailure(FeedFailure.Kind.REQUEST_REFUSED,
							"NAV does not know the feed page %s (%d), also when read again from the start"
								.formatted(gone.uri(), gone.status()));
				}
				// NAV keeps feed pages for a limited time: a checkpoint that waited too
				// long
				// points to a page that is gone; lines after the last one handled are
				// still
				// in the feed
				log.warn("NAV no longer has the feed page {} ({}); reading the feed again from the last line handled",
						gone.uri(), gone.status());
				readAgainFromTheStart = true;
				position = new Position(null, position.after());
				continue;
			}
			if (!(answer instanceof NavFeedClient.Page.Fetched page)) {
				return report.caughtUpNow();
			}
			PageSplit<NavFeedLine> split = NavFeedPage.split(page.body(), page.receivedAt());
			PageSplit.Split<NavFeedLine> lines = switch (split) {
				case PageSplit.Split<NavFeedLine> read -> read;
				case PageSplit.Malformed<NavFeedLine> malformed ->
					throw new FeedFailure(FeedFailure.Kind.MALFORMED_PAGE,
							"NAV's feed page %s could not be read: %s; the checkpoint stays".formatted(page.uri(),
									malformed.reason()));
			};
			List<RawPosting> postings = postings(lines.items(), position.after());
			Line last = lines.items().isEmpty() ? position.after() : Line.of(lines.items().getLast());
			String nextUrl = lines.next();
			String here = ownUrl(page, position);
			boolean lastPage = nextUrl == null || this.client.resolve(nextUrl).equals(this.client.resolve(here));
			Checkpoint next = lastPage
					? new Checkpoint(new Position(here, last).write(), page.etag(), page.lastModified())
					: new Checkpoint(new Position(this.client.keepable(Objects.requireNonNull(nextUrl)), last).write(),
							null, null);
			report = report.plus(this.intake.accept(SOURCE, postings, lines.rejected(), next), lines.rejected().size());
			if (lastPage) {
				return report.caughtUpNow();
			}
			checkpoint = next;
			position = Position.read(next.position());
		}
	}

	/**
	 * Where a read from the start begins: at the last line handled, or, on a first sync,
	 * the configured time back.
	 */
	private Instant since(Position position) {
		Line after = position.after();
		if (after != null && after.modified() != null) {
			try {
				return OffsetDateTime.parse(after.modified()).toInstant();
			}
			catch (DateTimeParseException ex) {
				log.warn("NAV's line time '{}' is not a time; reading the feed from {} back", after.modified(),
						this.settings.firstSyncLookback());
			}
		}
		return this.clock.instant().minus(this.settings.firstSyncLookback());
	}

	/**
	 * The postings of a page's lines after the last one handled: one per ad, its last
	 * line's.
	 */
	private List<RawPosting> postings(List<NavFeedLine> lines, @Nullable Line after) {
		int from = 0;
		if (after != null) {
			for (int i = 0; i < lines.size(); i++) {
				if (after.is(lines.get(i))) {
					from = i + 1;
				}
			}
		}
		Map<String, NavFeedLine> lastPerAd = new LinkedHashMap<>();
		for (NavFeedLine line : lines.subList(from, lines.size())) {
			lastPerAd.remove(line.adUuid());
			lastPerAd.put(line.adUuid(), line);
		}
		List<RawPosting> postings = new ArrayList<>();
		for (NavFeedLine line : lastPerAd.values()) {
			postings.add(line.active() ? entry(line) : line.entry());
		}
		return postings;
	}

	private RawPosting entry(NavFeedLine line) {
		return switch (this.client.entry(line.entryUrl())) {
			case NavFeedClient.Entry.Fetched fetched ->
				RawPosting.of(SourceFormat.NAV_FEED_ENTRY, line.adUuid(), fetched.body(), fetched.receivedAt());
			case NavFeedClient.Entry.Gone gone -> {
				log.info("NAV has no entry for the active ad {} ({} at {}); it is withdrawn", line.adUuid(),
						gone.status(), gone.uri());
				yield line.entry();
			}
		};
	}

	private String ownUrl(NavFeedClient.Page.Fetched page, Position position) {
		JsonNode tree = JsonPayloads.parse(page.body()).tree();
		if (tree != null) {
			JsonNode feedUrl = tree.path("feed_url");
			if (feedUrl.isString() && !feedUrl.asString().isBlank()) {
				return this.client.keepable(feedUrl.asString().strip());
			}
			JsonNode id = tree.path("id");
			if (id.isString() && !id.asString().isBlank()) {
				return NavFeedClient.FEED + "/" + id.asString().strip();
			}
		}
		return (position.page() != null) ? position.page() : this.client.keepable(page.uri().toString());
	}

	/**
	 * A line that was handled, to skip it when it comes again.
	 *
	 * @param id the ad's uuid
	 * @param modified the line's {@code date_modified}
	 */
	record Line(String id, @Nullable String modified) {

		static Line of(NavFeedLine line) {
			return new Line(line.adUuid(), line.dateModified());
		}

		boolean is(NavFeedLine line) {
			return this.id.equals(line.adUuid()) && Objects.equals(this.modified, line.dateModified());
		}

	}

	/**
	 * Where the next step starts.
	 *
	 * @param page the page to fetch, as the feed gave it; null before the first sync
	 * @param after the last line handled
	 */
	record Position(@Nullable String page, @Nullable Line after) {

		static Position read(@Nullable String position) {
			if (position == null || position.isBlank()) {
				return new Position(null, null);
			}
			if (!position.strip().startsWith("{")) {
				return new Position(position.strip(), null);
			}
			try {
				JsonNode tree = JsonPayloads.JSON.readTree(position);
				JsonNode after = tree.path("after");
				String id = text(after.path("id"));
				return new Position(text(tree.path("page")),
						(id != null) ? new Line(id, text(after.path("modified"))) : null);
			}
			catch (JacksonException ex) {
				throw new FeedFailure(FeedFailure.Kind.REQUEST_REFUSED,
						"NAV's checkpoint '%s' cannot be read: %s".formatted(position, ex.getOriginalMessage()), ex);
			}
		}

		String write() {
			ObjectNode tree = JsonPayloads.JSON.createObjectNode();
			tree.put("page", this.page);
			if (this.after != null) {
				tree.putObject("after").put("id", this.after.id()).put("modified", this.after.modified());
			}
			return JsonPayloads.write(tree);
		}

		private static @Nullable String text(JsonNode node) {
			return node.isString() ? node.asString() : null;
		}

	}

}
