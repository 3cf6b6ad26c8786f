package io.arcticmatch.ingest.source.jobtech;

import java.time.Clock;
import java.time.DateTimeException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.concurrent.atomic.AtomicReference;

import io.arcticmatch.ingest.intake.Checkpoint;
import io.arcticmatch.ingest.intake.Checkpoints;
import io.arcticmatch.ingest.intake.Intake;
import io.arcticmatch.ingest.source.SourceFormat;
import io.arcticmatch.ingest.source.http.FeedFailure;
import io.arcticmatch.ingest.source.http.FeedSchedule;
import io.arcticmatch.ingest.source.http.FeedSource;
import io.arcticmatch.ingest.source.http.SyncReport;
import org.jspecify.annotations.Nullable;

import org.springframework.stereotype.Component;

/**
 * Syncs JobStream the way JobTech recommends: a snapshot once, then the stream of changes
 * since the start of the last good run, less a minute of overlap (a change read twice is
 * kept once). The checkpoint's position is the start of the last good run (an instant,
 * e.g. {@code 2026-11-24T11:00:00Z}; a Swedish local time without offset is read too).
 * While a snapshot or stream is read, each batch goes to the intake with the old
 * checkpoint, and only the last batch carries the new one: a run that breaks off keeps
 * what it read, and the next run reads it all again from the old position.
 */
@Component
public class JobTechFetcher implements FeedSource {

	/** The posting source and checkpoint name. */
	public static final String SOURCE = SourceFormat.JOBTECH_AD.source();

	/** How far a stream reaches back before the last run's start. */
	static final Duration OVERLAP = Duration.ofMinutes(1);

	private final JobTechFeedClient client;

	private final JobTechFeedSettings settings;

	private final Intake intake;

	private final Checkpoints checkpoints;

	private final Clock clock;

	/**
	 * @param client HTTP for JobStream
	 * @param settings JobStream's settings
	 * @param intake where batches go
	 * @param checkpoints where the step starts
	 * @param clock the run's start
	 */
	public JobTechFetcher(JobTechFeedClient client, JobTechFeedSettings settings, Intake intake,
			Checkpoints checkpoints, Clock clock) {
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
		Checkpoint before = this.checkpoints.of(SOURCE);
		Instant since = since(before.position());
		Checkpoint after = new Checkpoint(this.clock.instant().toString(), null, null);
		AtomicReference<SyncReport> report = new AtomicReference<>(SyncReport.start());
		JobTechFeedClient.Batches batches = (postings, unreadable, last) -> report.set(report.get()
			.plus(this.intake.accept(SOURCE, postings, unreadable, last ? after : before), unreadable.size()));
		if (since == null) {
			this.client.snapshot(batches);
		}
		else {
			this.client.stream(since.minus(OVERLAP), batches);
		}
		return report.get().caughtUpNow();
	}

	private static @Nullable Instant since(@Nullable String position) {
		if (position == null || position.isBlank()) {
			return null;
		}
		try {
			return Instant.parse(position.strip());
		}
		catch (DateTimeException notAnInstant) {
			try {
				return LocalDateTime.parse(position.strip()).atZone(JobTechFeedClient.STOCKHOLM).toInstant();
			}
			catch (DateTimeException ex) {
				throw new FeedFailure(FeedFailure.Kind.REQUEST_REFUSED,
						"JobTech's checkpoint '%s' is not a time".formatted(position), ex);
			}
		}
	}

}
