package io.arcticmatch.ingest.source.tyomarkkinatori;

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
 * Ads that stop appearing are not withdrawn yet: see the package documentation.
 */
@Component
public class TeTptFetcher implements FeedSource {

	/** The posting source and checkpoint name. */
	public static final String SOURCE = SourceFormat.TE_TPT_DOC.source();

	static final String LISTED = "listed";

	private static final String START = "start=";

	private final TeTptFeedClient client;

	private final TeTptFeedSettings settings;

	private final Intake intake;

	private final Checkpoints checkpoints;

	/**
	 * @param client HTTP for the listing
	 * @param settings the listing's settings
	 * @param intake where pages go
	 * @param checkpoints where the step starts
	 */
	public TeTptFetcher(TeTptFeedClient client, TeTptFeedSettings settings, Intake intake, Checkpoints checkpoints) {
		this.client = client;
		this.settings = settings;
		this.intake = intake;
		this.checkpoints = checkpoints;
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
			report = report.plus(this.intake.accept(SOURCE, docs.items(), docs.rejected(), checkpoint),
					docs.rejected().size());
			if (listed) {
				return report.caughtUpNow();
			}
			start = next;
		}
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
