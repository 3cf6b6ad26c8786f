package io.arcticmatch.ingest.source.tyomarkkinatori;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;

import io.arcticmatch.ingest.source.http.FeedFailure;
import io.arcticmatch.ingest.source.http.FeedHttp;
import io.arcticmatch.ingest.source.http.FeedServer;
import io.arcticmatch.ingest.source.http.RecordingSleeper;
import io.arcticmatch.ingest.source.http.RetryPolicy;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import static io.arcticmatch.ingest.source.http.FeedServer.json;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

class TeTptFeedClientTest {

	private static final Instant NOW = Instant.parse("2026-11-24T12:00:00Z");

	private final FeedServer server = FeedServer.start();

	private final FeedHttp http = new FeedHttp(FeedHttp.client(Duration.ofSeconds(2)),
			new RetryPolicy(2, Duration.ofMillis(10), Duration.ofMillis(10), Duration.ofSeconds(1)),
			Duration.ofSeconds(2), new RecordingSleeper(), Clock.fixed(NOW, ZoneOffset.UTC), "test");

	@AfterEach
	void stopServer() {
		this.server.close();
	}

	@Test
	void aListingPageAsksForLanguageRegionsAndSolrPaging() {
		this.server.on("/tpt-api/tyopaikat", json("{\"response\":{\"numFound\":0,\"start\":0,\"docs\":[]}}"));

		TeTptFeedClient.Page page = client("tpt-api").page(200);

		FeedServer.Request request = this.server.requests("/tpt-api/tyopaikat").get(0);
		assertThat(request.parameter("kieli")).isEqualTo("fi");
		assertThat(request.parameter("alueet")).isEqualTo("Lappi,Oulu");
		assertThat(request.parameter("start")).isEqualTo("200");
		assertThat(request.parameter("rows")).isEqualTo("100");
		assertThat(page.body()).contains("numFound");
	}

	@Test
	void aListingThatIsGoneIsRefusedWithAdvice() {
		FeedFailure failure = catchThrowableOfType(FeedFailure.class, () -> client("tpt-api/").page(0));

		assertThat(failure.kind()).isEqualTo(FeedFailure.Kind.REQUEST_REFUSED);
		assertThat(failure.getMessage()).contains("404", "Työmarkkinatori", "arctic.ingest.tyomarkkinatori.base-url");
	}

	private TeTptFeedClient client(String basePath) {
		return new TeTptFeedClient(this.http, new TeTptFeedSettings(true, this.server.base().resolve(basePath),
				Duration.ofHours(6), 100, "fi", List.of("Lappi", "Oulu")));
	}

}
