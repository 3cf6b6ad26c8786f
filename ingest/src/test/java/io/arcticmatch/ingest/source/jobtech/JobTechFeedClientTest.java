package io.arcticmatch.ingest.source.jobtech;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

import io.arcticmatch.ingest.source.Conversion;
import io.arcticmatch.ingest.source.RawPosting;
import io.arcticmatch.ingest.source.http.FeedFailure;
import io.arcticmatch.ingest.source.http.FeedHttp;
import io.arcticmatch.ingest.source.http.FeedServer;
import io.arcticmatch.ingest.source.http.RecordingSleeper;
import io.arcticmatch.ingest.source.http.RetryPolicy;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import static io.arcticmatch.ingest.source.http.FeedServer.json;
import static io.arcticmatch.ingest.source.http.FeedServer.resource;
import static io.arcticmatch.ingest.source.http.FeedServer.status;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.assertj.core.api.Assertions.tuple;

class JobTechFeedClientTest {

	private static final Instant NOW = Instant.parse("2026-11-24T12:00:00Z");

	private final FeedServer server = FeedServer.start();

	private final RecordingSleeper sleeper = new RecordingSleeper();

	private final FeedHttp http = new FeedHttp(FeedHttp.client(Duration.ofSeconds(2)),
			new RetryPolicy(3, Duration.ofMillis(10), Duration.ofMillis(10), Duration.ofMinutes(2)),
			Duration.ofSeconds(2), this.sleeper, Clock.fixed(NOW, ZoneOffset.UTC), "test");

	private final List<Batch> batches = new ArrayList<>();

	@AfterEach
	void stopServer() {
		this.server.close();
	}

	@Test
	void theSnapshotIsReadAsItArrivesAndHandedOnInBatches() {
		this.server.on("/v2/snapshot", json(resource("/feeds/jobtech/snapshot.json")));

		client(3, null, "v2").snapshot(this::collect);

		assertThat(this.batches).extracting(Batch::ids, Batch::last)
			.containsExactly(tuple(List.of("28746073", "22884504", "23174210"), false),
					tuple(List.of("23187561"), true));
	}

	@Test
	void elementsThatAreNotAdsAreUnreadableAndTheOthersGoOn() {
		this.server.on("/stream", json(resource("/source/sweden/jobtech-stream-edited.json")));

		client(500, null, "").stream(NOW, this::collect);

		Batch only = this.batches.get(0);
		assertThat(only.ids()).containsExactly("28746073", "22884504", "22884505", "22884506");
		assertThat(only.unreadable()).containsExactly("$[2]");
		assertThat(only.last()).isTrue();
	}

	@Test
	void theStreamAsksForSwedishLocalTimeWithoutOffset() {
		this.server.on("/stream", json("[]"));

		client(500, null, "").stream(Instant.parse("2026-11-24T10:59:00Z"), this::collect);

		assertThat(this.server.requests("/stream").get(0).parameter("date")).isEqualTo("2026-11-24T11:59:00");
		assertThat(JobTechFeedClient.dateParameter(Instant.parse("2026-06-01T10:00:00.750Z")))
			.isEqualTo("2026-06-01T12:00:00");
		assertThat(JobTechFeedClient.dateParameter(Instant.parse("2026-10-25T00:30:00Z")))
			.as("02:30 comes twice on the night the clocks go back: ask from the first 01:30")
			.isEqualTo("2026-10-25T01:30:00");
		assertThat(this.batches).singleElement().satisfies((batch) -> assertThat(batch.last()).isTrue());
	}

	@Test
	void theApiKeyIsSentOnlyWhenOneIsSet() {
		this.server.on("/snapshot", json("[]"));

		client(500, "key-123", "").snapshot(this::collect);
		client(500, " ", "").snapshot(this::collect);

		assertThat(this.server.requests("/snapshot")).extracting((request) -> request.header("api-key"))
			.containsExactly("key-123", null);
	}

	@Test
	void rateLimitedStreamWaitsForRetryAfter() {
		this.server.on("/stream", status(429, "Retry-After", "60"), json("[]"));

		client(500, null, "").stream(NOW, this::collect);

		assertThat(this.sleeper.waits()).containsExactly(Duration.ofSeconds(60));
		assertThat(this.server.requests("/stream")).hasSize(2);
	}

	@Test
	void aTruncatedSnapshotFailsAsMalformedAfterHandingOnTheBatchesBeforeTheBreak() {
		this.server.on("/snapshot", json(resource("/feeds/jobtech/snapshot-truncated.json")));

		FeedFailure failure = catchThrowableOfType(FeedFailure.class,
				() -> client(2, null, "").snapshot(this::collect));

		assertThat(failure.kind()).isEqualTo(FeedFailure.Kind.MALFORMED_PAGE);
		assertThat(failure.getMessage()).contains("after 2 elements", "/snapshot");
		assertThat(this.batches).extracting(Batch::ids, Batch::last)
			.containsExactly(tuple(List.of("28746073", "22884504"), false));
	}

	@Test
	void anAnswerThatIsNotAListIsMalformed() {
		this.server.on("/snapshot", json("{\"message\":\"Not a list\"}"));

		FeedFailure failure = catchThrowableOfType(FeedFailure.class,
				() -> client(2, null, "").snapshot(this::collect));

		assertThat(failure.kind()).isEqualTo(FeedFailure.Kind.MALFORMED_PAGE);
		assertThat(this.batches).isEmpty();
	}

	private void collect(List<RawPosting> postings, List<Conversion.Rejected> unreadable, boolean last) {
		this.batches.add(new Batch(postings.stream().map(RawPosting::sourceId).toList(),
				unreadable.stream().map(Conversion.Rejected::sourceId).toList(), last));
	}

	private JobTechFeedClient client(int batchSize, @Nullable String apiKey, String basePath) {
		return new JobTechFeedClient(this.http, new JobTechFeedSettings(true, this.server.base().resolve(basePath),
				Duration.ofMinutes(5), batchSize, apiKey));
	}

	private record Batch(List<String> ids, List<String> unreadable, boolean last) {

	}

}
