package io.arcticmatch.ingest.source.tyomarkkinatori;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import io.arcticmatch.ingest.intake.Checkpoint;
import io.arcticmatch.ingest.intake.Checkpoints;
import io.arcticmatch.ingest.intake.Intake;
import io.arcticmatch.ingest.intake.Listings;
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
import tools.jackson.databind.JsonNode;

import org.springframework.stereotype.Component;

/**
 * Syncs the legacy tpt-api listing: it has no change feed, so each run reads the whole
 * listing page by page ({@code start} += the page's documents) until
 * {@code response.numFound}. The checkpoint's position is {@code start=<n>} while a
 * listing is under way, so a run that breaks off resumes at the page it failed on, and
 * {@code listed} once a listing is complete, so the next run starts a new one at 0. An
 * unchanged ad read again is kept once.
 * <p>
 * Withdrawals: an ad that a complete listing no longer has is gone from the source. Each
 * page's ads are recorded as listed before the page is taken in; when a listing is
 * complete, every ad of this source still in the index that was not listed since the
 * listing began is withdrawn through the pipeline like any other withdrawal. A listing
 * that found nothing, or that would withdraw more ads than it listed, withdraws nothing
 * and says so in the log: an empty or cut-short answer must not empty the index.
 */
@Component
public class TeTptFetcher implements FeedSource {

	/** The posting source and checkpoint name. */
	public static final String SOURCE = SourceFormat.TE_TPT_DOC.source();

	static final String LISTED = "listed";

	private static final String START = "start=";

	/** Up to this many withdrawals are trusted even after a very short listing. */
	private static final int MIN_WITHDRAWALS_TRUSTED = 10;

	private static final Logger log = LoggerFactory.getLogger(TeTptFetcher.class);

	private final TeTptFeedClient client;

	private final TeTptFeedSettings settings;

	private final Intake intake;

	private final Checkpoints checkpoints;

	private final Listings listings;

	/**
	 * @param client HTTP for the listing
	 * @param settings the listing's settings
	 * @param intake where pages go
	 * @param checkpoints where the step starts
	 * @param listings what the listings had, to find the ads that are gone
	 */
	public TeTptFetcher(TeTptFeedClient client, TeTptFeedSettings settings, Intake intake, Checkpoints checkpoints,
			Listings listings) {
		this.client = client;
		this.settings = settings;
		this.intake = intake;
		this.checkpoints = checkpoints;
		this.listings = listings;
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
		int start = start(this.checkpoints.of(SOURCE).position());
		SyncReport report = SyncReport.start();
		while (true) {
			TeTptFeedClient.Page page = this.client.page(start);
			PageSplit.Split<RawPosting> docs = switch (TeTptPages.split(page.body(), page.receivedAt())) {
				case PageSplit.Split<RawPosting> read -> read;
				case PageSplit.Malformed<RawPosting> malformed -> throw new FeedFailure(FeedFailure.Kind.MALFORMED_PAGE,
						"tpt-api's page %s could not be read: %s; the checkpoint stays".formatted(page.uri(),
								malformed.reason()));
			};
			int onPage = docs.items().size() + docs.rejected().size();
			int next = start + onPage;
			Long numFound = numFound(page.body());
			boolean listed = onPage == 0 || ((numFound != null) ? next >= numFound : onPage < this.settings.pageSize());
			Checkpoint checkpoint = new Checkpoint(listed ? LISTED : START + next, null, null);
			if (start == 0) {
				this.listings.begin(SOURCE, page.receivedAt());
			}
			// before the page is taken in: should that fail, the page is read again
			this.listings.listed(SOURCE, docs.items().stream().map(RawPosting::sourceId).toList(), page.receivedAt());
			report = report.plus(this.intake.accept(SOURCE, docs.items(), docs.rejected(), checkpoint),
					docs.rejected().size());
			if (listed) {
				SyncReport listedReport = report;
				return withdrawWhatIsGone(next, checkpoint, page.receivedAt())
					.map((withdrawals) -> listedReport.plus(withdrawals, 0))
					.orElse(listedReport)
					.caughtUpNow();
			}
			start = next;
		}
	}

	/**
	 * @return the intake's receipt of the withdrawals, as one more batch; empty when
	 * there were none
	 */
	private Optional<Intake.IntakeReceipt> withdrawWhatIsGone(int listedCount, Checkpoint listed, Instant now) {
		Optional<Instant> began = this.listings.startOf(SOURCE);
		if (began.isEmpty()) {
			return Optional.empty();
		}
		List<String> gone = this.listings.notListedSince(SOURCE, began.get());
		if (gone.isEmpty()) {
			return Optional.empty();
		}
		if (listedCount == 0 || gone.size() > Math.max(MIN_WITHDRAWALS_TRUSTED, listedCount)) {
			log.warn(
					"The tpt-api listing begun at {} had {} ads but {} indexed ads were not in it; "
							+ "nothing is withdrawn, as an empty or cut-short listing looks the same",
					began.get(), listedCount, gone.size());
			return Optional.empty();
		}
		List<RawPosting> withdrawals = gone.stream()
			.map((sourceId) -> new RawPosting(SOURCE, sourceId, SourceFormat.TE_TPT_DOC,
					TeTptDocConverter.withdrawal(sourceId, began.get()), now))
			.toList();
		return Optional.of(this.intake.accept(SOURCE, withdrawals, listed));
	}

	private static int start(@Nullable String position) {
		if (position == null || !position.startsWith(START)) {
			return 0;
		}
		try {
			return Math.max(0, Integer.parseInt(position.substring(START.length()).strip()));
		}
		catch (NumberFormatException ex) {
			return 0;
		}
	}

	private static @Nullable Long numFound(String body) {
		JsonNode tree = JsonPayloads.parse(body).tree();
		JsonNode found = (tree != null) ? tree.path("response").path("numFound") : null;
		return (found != null && found.isIntegralNumber()) ? found.longValue() : null;
	}

}
