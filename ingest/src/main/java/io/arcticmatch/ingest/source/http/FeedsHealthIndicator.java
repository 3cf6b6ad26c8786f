package io.arcticmatch.ingest.source.http;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

import org.jspecify.annotations.Nullable;

import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.stereotype.Component;

/**
 * The {@code feeds} health: per enabled source (and any other that ran) the last success,
 * the last failure with its kind and message, and the consecutive failures. DOWN once a
 * source has failed {@code arctic.ingest.feeds.down-after-failures} runs in a row; a
 * single failure is normal for public feeds and stays UP.
 */
@Component
public class FeedsHealthIndicator implements HealthIndicator {

	private final List<FeedSource> sources;

	private final FeedStatuses statuses;

	private final int downAfterFailures;

	/**
	 * @param sources every feed
	 * @param statuses how their runs went
	 * @param settings when to turn DOWN
	 */
	public FeedsHealthIndicator(List<FeedSource> sources, FeedStatuses statuses, FeedHttpSettings settings) {
		this.sources = List.copyOf(sources);
		this.statuses = statuses;
		this.downAfterFailures = settings.downAfterFailures();
	}

	@Override
	public Health health() {
		TreeSet<String> names = new TreeSet<>(this.statuses.all().keySet());
		List<String> enabled = this.sources.stream()
			.filter((source) -> source.schedule().enabled())
			.map(FeedSource::source)
			.toList();
		names.addAll(enabled);
		Health.Builder health = Health.up();
		if (names.isEmpty()) {
			return health.withDetail("sources", "no feed is enabled").build();
		}
		for (String name : names) {
			FeedStatus status = this.statuses.of(name).orElse(FeedStatus.none(name));
			if (status.consecutiveFailures() >= this.downAfterFailures) {
				health.down();
			}
			health.withDetail(name, details(status, enabled.contains(name)));
		}
		return health.build();
	}

	private Map<String, Object> details(FeedStatus status, boolean enabled) {
		Map<String, Object> details = new LinkedHashMap<>();
		details.put("enabled", enabled);
		details.put("lastSuccess", text(status.lastSuccess()));
		if (status.lastReport() != null) {
			details.put("lastRun", "%d pages, %d postings (%d new)".formatted(status.lastReport().pages(),
					status.lastReport().fetched(), status.lastReport().added()));
		}
		details.put("consecutiveFailures", status.consecutiveFailures());
		if (status.lastFailureAt() != null) {
			details.put("lastFailureAt", text(status.lastFailureAt()));
			details.put("lastFailureKind",
					(status.lastFailureKind() != null) ? status.lastFailureKind().name() : "INTERNAL");
			details.put("lastFailure", String.valueOf(status.lastFailure()));
		}
		return details;
	}

	private static String text(@Nullable Instant at) {
		return (at != null) ? at.toString() : "never";
	}

}
