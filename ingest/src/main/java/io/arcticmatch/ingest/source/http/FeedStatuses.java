package io.arcticmatch.ingest.source.http;

import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

import org.jspecify.annotations.Nullable;

import org.springframework.stereotype.Component;

/**
 * The latest {@link FeedStatus} of each source that has run since the application
 * started. Thread-safe.
 */
@Component
public class FeedStatuses {

	private final ConcurrentMap<String, FeedStatus> bySource = new ConcurrentHashMap<>();

	/**
	 * @param source the posting source
	 * @param at when the run ended
	 * @param report what it did
	 */
	public void succeeded(String source, Instant at, SyncReport report) {
		this.bySource.compute(source, (name, status) -> orNone(name, status).succeeded(at, report));
	}

	/**
	 * @param source the posting source
	 * @param at when the run ended
	 * @param kind the failure's kind, null when it was not the feed's fault
	 * @param message what went wrong and what to do
	 */
	public void failed(String source, Instant at, FeedFailure.@Nullable Kind kind, String message) {
		this.bySource.compute(source, (name, status) -> orNone(name, status).failed(at, kind, message));
	}

	/**
	 * @param source the posting source
	 * @return its status, empty before its first run
	 */
	public Optional<FeedStatus> of(String source) {
		return Optional.ofNullable(this.bySource.get(source));
	}

	/**
	 * @return every source that has run, by name
	 */
	public Map<String, FeedStatus> all() {
		return new TreeMap<>(this.bySource);
	}

	private static FeedStatus orNone(String source, @Nullable FeedStatus status) {
		return (status != null) ? status : FeedStatus.none(source);
	}

}
