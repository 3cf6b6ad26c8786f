package io.arcticmatch.ingest.source.http;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

import org.assertj.core.api.InstanceOfAssertFactories;
import org.junit.jupiter.api.Test;

import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.Status;

import static org.assertj.core.api.Assertions.assertThat;

class FeedRunsTest {

	private static final Instant NOW = Instant.parse("2026-11-24T12:00:00Z");

	private final FeedStatuses statuses = new FeedStatuses();

	private final FeedRuns runs = new FeedRuns(this.statuses, Clock.fixed(NOW, ZoneOffset.UTC));

	@Test
	void neverTwoRunsOfOneSourceAtATime() throws Exception {
		CountDownLatch started = new CountDownLatch(1);
		CountDownLatch release = new CountDownLatch(1);
		FeedSource slow = source("nav", true, () -> {
			started.countDown();
			await(release);
			return SyncReport.NOTHING_NEW;
		});
		CompletableFuture<SyncOutcome> first = CompletableFuture.supplyAsync(() -> this.runs.run(slow));
		assertThat(started.await(5, TimeUnit.SECONDS)).isTrue();

		SyncOutcome second = this.runs.run(slow);
		SyncOutcome otherSource = this.runs.run(source("jobtech", true, () -> SyncReport.NOTHING_NEW));
		release.countDown();

		assertThat(second).isEqualTo(new SyncOutcome.Busy("nav"));
		assertThat(otherSource).isInstanceOf(SyncOutcome.Synced.class);
		assertThat(first.get(5, TimeUnit.SECONDS)).isInstanceOf(SyncOutcome.Synced.class);
		assertThat(this.runs.run(slow)).as("free again once the first run is done")
			.isInstanceOf(SyncOutcome.Synced.class);
	}

	@Test
	void aFailedRunIsRecordedWithItsKindAndDoesNotThrow() {
		FeedSource failing = source("nav", true, () -> {
			throw new FeedFailure(FeedFailure.Kind.UNREACHABLE, "GET http://nav failed after 4 tries");
		});

		SyncOutcome outcome = this.runs.run(failing);

		assertThat(outcome).isInstanceOfSatisfying(SyncOutcome.Failed.class,
				(failed) -> assertThat(failed.failure().kind()).isEqualTo(FeedFailure.Kind.UNREACHABLE));
		FeedStatus status = this.statuses.of("nav").orElseThrow();
		assertThat(status.consecutiveFailures()).isEqualTo(1);
		assertThat(status.lastFailureKind()).isEqualTo(FeedFailure.Kind.UNREACHABLE);
		assertThat(status.lastFailure()).contains("after 4 tries", "base-url");
		assertThat(status.lastFailureAt()).isEqualTo(NOW);
	}

	@Test
	void aRunThatBreaksOnOurSideIsRecordedAsInternalAndDoesNotThrow() {
		SyncOutcome outcome = this.runs.run(source("nav", true, () -> {
			throw new IllegalStateException("the database is down");
		}));

		assertThat(outcome).isInstanceOf(SyncOutcome.Broken.class);
		assertThat(this.statuses.of("nav").orElseThrow().lastFailureKind()).isNull();
		assertThat(health(1).getDetails().get("nav")).asInstanceOf(InstanceOfAssertFactories.MAP)
			.containsEntry("lastFailureKind", "INTERNAL");
	}

	@Test
	void healthTurnsDownOnlyAfterTheConfiguredConsecutiveFailuresAndUpAgainAfterASuccess() {
		FeedSource failing = source("nav", true, () -> {
			throw new FeedFailure(FeedFailure.Kind.SERVER_ERROR, "GET http://nav/feed failed after 4 tries: 500");
		});

		this.runs.run(failing);
		this.runs.run(failing);
		Health afterTwo = health(3);
		this.runs.run(failing);
		Health afterThree = health(3);
		this.runs.run(source("nav", true, () -> new SyncReport(2, 10, 8, 0, true)));
		Health afterSuccess = health(3);

		assertThat(afterTwo.getStatus()).isEqualTo(Status.UP);
		assertThat(afterThree.getStatus()).isEqualTo(Status.DOWN);
		assertThat(afterThree.getDetails().get("nav")).asInstanceOf(InstanceOfAssertFactories.MAP)
			.containsEntry("consecutiveFailures", 3)
			.containsEntry("lastFailureKind", "SERVER_ERROR")
			.containsEntry("lastSuccess", "never");
		assertThat(afterSuccess.getStatus()).isEqualTo(Status.UP);
		assertThat(afterSuccess.getDetails().get("nav")).asInstanceOf(InstanceOfAssertFactories.MAP)
			.containsEntry("consecutiveFailures", 0)
			.containsEntry("lastSuccess", NOW.toString())
			.containsEntry("lastFailureKind", "SERVER_ERROR");
	}

	@Test
	void healthListsEnabledSourcesBeforeTheirFirstRunAndLeavesOutDisabledOnes() {
		FeedsHealthIndicator indicator = new FeedsHealthIndicator(
				List.of(source("nav", true, () -> SyncReport.NOTHING_NEW),
						source("tyomarkkinatori", false, () -> SyncReport.NOTHING_NEW)),
				this.statuses, settings(3));

		Health health = indicator.health();

		assertThat(health.getStatus()).isEqualTo(Status.UP);
		assertThat(health.getDetails()).containsOnlyKeys("nav");
		assertThat(health.getDetails().get("nav")).asInstanceOf(InstanceOfAssertFactories.MAP)
			.containsEntry("enabled", true)
			.containsEntry("lastSuccess", "never");
	}

	@Test
	void healthIsUpWhenNoFeedIsEnabled() {
		Health health = new FeedsHealthIndicator(List.of(), this.statuses, settings(3)).health();

		assertThat(health.getStatus()).isEqualTo(Status.UP);
		assertThat(health.getDetails()).isEqualTo(Map.of("sources", "no feed is enabled"));
	}

	@Test
	void theSchedulerRunsNoDisabledFeed() {
		FeedSource disabled = source("nav", false, () -> {
			throw new AssertionError("a disabled feed ran");
		});
		FeedScheduler scheduler = new FeedScheduler(List.of(disabled), this.runs);

		scheduler.start();
		boolean running = scheduler.isRunning();
		scheduler.stop();

		assertThat(running).isTrue();
		assertThat(scheduler.isRunning()).isFalse();
		assertThat(this.statuses.all()).isEmpty();
	}

	private Health health(int downAfterFailures) {
		return new FeedsHealthIndicator(List.of(), this.statuses, settings(downAfterFailures)).health();
	}

	private static FeedHttpSettings settings(int downAfterFailures) {
		return new FeedHttpSettings(Duration.ofSeconds(1), Duration.ofSeconds(1), 2, Duration.ofMillis(1),
				Duration.ofMillis(1), Duration.ofSeconds(1), downAfterFailures, "test");
	}

	private static FeedSource source(String name, boolean enabled, Supplier<SyncReport> step) {
		return new FeedSource() {

			@Override
			public String source() {
				return name;
			}

			@Override
			public FeedSchedule schedule() {
				return new Schedule(enabled, Duration.ofMinutes(1));
			}

			@Override
			public SyncReport step() {
				return step.get();
			}

		};
	}

	private static void await(CountDownLatch latch) {
		try {
			latch.await(5, TimeUnit.SECONDS);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
	}

	private record Schedule(boolean enabled, Duration pollInterval) implements FeedSchedule {

	}

}
