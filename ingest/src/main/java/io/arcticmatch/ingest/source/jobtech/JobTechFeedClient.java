package io.arcticmatch.ingest.source.jobtech;

import java.io.IOException;
import java.net.URI;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;

import io.arcticmatch.ingest.source.Conversion;
import io.arcticmatch.ingest.source.RawPosting;
import io.arcticmatch.ingest.source.SourceFormat;
import io.arcticmatch.ingest.source.http.FeedFailure;
import io.arcticmatch.ingest.source.http.FeedHttp;
import io.arcticmatch.ingest.source.http.FeedRequest;
import io.arcticmatch.ingest.source.http.FeedStream;
import io.arcticmatch.ingest.source.parse.Fields;
import io.arcticmatch.ingest.source.parse.JsonPayloads;
import org.jspecify.annotations.Nullable;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.core.exc.JacksonIOException;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.stereotype.Component;

/**
 * HTTP for JobStream: {@code GET snapshot} (every published ad) and
 * {@code GET stream?date=} (every ad changed since then, removed ones as stubs). Both
 * answer a JSON list that can be large, so it is read as it arrives and handed on in
 * batches of {@link JobTechFeedSettings#pageSize()}. The {@code date} is Swedish local
 * time without an offset, as JobStream reads it.
 */
@Component
public class JobTechFeedClient {

	/** JobStream's times are Swedish local times. */
	static final ZoneId STOCKHOLM = ZoneId.of("Europe/Stockholm");

	/** Reads a list element by element: the shared mapper refuses trailing tokens. */
	private static final JsonMapper STREAMING = JsonMapper.builder()
		.disable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
		.build();

	private final FeedHttp http;

	private final JobTechFeedSettings settings;

	/**
	 * @param http how to GET
	 * @param settings where JobStream is, the batch size and the API key
	 */
	public JobTechFeedClient(FeedHttp http, JobTechFeedSettings settings) {
		this.http = http;
		this.settings = settings;
	}

	/**
	 * Reads every published ad.
	 * @param batches takes the ads batch by batch
	 */
	public void snapshot(Batches batches) {
		read(this.settings.base().resolve("snapshot"), batches);
	}

	/**
	 * Reads every ad changed since a time.
	 * @param since the earliest change to read
	 * @param batches takes the ads and stubs batch by batch
	 */
	public void stream(Instant since, Batches batches) {
		read(this.settings.base().resolve("stream?date=" + dateParameter(since)), batches);
	}

	/**
	 * @param since a time
	 * @return it as JobStream's {@code date}: Swedish local time to the second, without
	 * an offset; in the hour the clocks go back, an hour earlier, so that whichever of
	 * the two readings JobStream takes, nothing is skipped
	 */
	static String dateParameter(Instant since) {
		LocalDateTime local = LocalDateTime.ofInstant(since, STOCKHOLM).truncatedTo(ChronoUnit.SECONDS);
		if (STOCKHOLM.getRules().getValidOffsets(local).size() > 1) {
			local = local.minusHours(1);
		}
		return DateTimeFormatter.ISO_LOCAL_DATE_TIME.format(local);
	}

	private void read(URI uri, Batches batches) {
		FeedRequest request = FeedRequest.get(uri).header("Accept", "application/json");
		String key = this.settings.key();
		if (key != null) {
			request = request.header("api-key", key);
		}
		int index = 0;
		try (FeedStream stream = this.http.stream(request); JsonParser parser = STREAMING.createParser(stream.body())) {
			JsonToken first = parser.nextToken();
			if (first != JsonToken.START_ARRAY) {
				throw malformed(uri, "it should be a JSON list but starts with %s".formatted(first), null);
			}
			Batch batch = new Batch();
			for (JsonToken token = parser.nextToken(); token != JsonToken.END_ARRAY; token = parser.nextToken()) {
				if (token == null) {
					throw malformed(uri, "it ended after %d elements, before the list was closed".formatted(index),
							null);
				}
				JsonNode item = STREAMING.readTree(parser);
				batch.add(item, index++, stream.receivedAt());
				if (batch.size() >= this.settings.pageSize()) {
					batches.accept(batch.postings, batch.unreadable, false);
					batch = new Batch();
				}
			}
			if (parser.nextToken() != null) {
				throw malformed(uri, "there is more after the list", null);
			}
			batches.accept(batch.postings, batch.unreadable, true);
		}
		catch (JacksonIOException ex) {
			throw new FeedFailure(FeedFailure.Kind.UNREACHABLE,
					"JobStream's %s broke off after %d elements: %s".formatted(uri, index, ex.getCause().getMessage()),
					ex);
		}
		catch (JacksonException ex) {
			TokenStreamLocation at = ex.getLocation();
			String where = (at != null) ? " at line %d, column %d".formatted(at.getLineNr(), at.getColumnNr()) : "";
			throw malformed(uri,
					"it is not valid JSON%s after %d elements: %s".formatted(where, index, ex.getOriginalMessage()),
					ex);
		}
		catch (IOException ex) {
			throw new FeedFailure(FeedFailure.Kind.UNREACHABLE,
					"JobStream's %s broke off after %d elements: %s".formatted(uri, index, ex.getMessage()), ex);
		}
	}

	private static FeedFailure malformed(URI uri, String problem, @Nullable Throwable cause) {
		return new FeedFailure(FeedFailure.Kind.MALFORMED_PAGE,
				"JobStream's answer to %s could not be read: %s; the checkpoint stays".formatted(uri, problem), cause);
	}

	/**
	 * Takes what was read, batch by batch.
	 */
	@FunctionalInterface
	public interface Batches {

		/**
		 * @param postings one {@link SourceFormat#JOBTECH_AD} posting per ad or stub
		 * @param unreadable elements that are not ads with an id
		 * @param last whether the list ended with this batch (it may be empty)
		 */
		void accept(List<RawPosting> postings, List<Conversion.Rejected> unreadable, boolean last);

	}

	/**
	 * One batch, cut the way {@link JobTechPages} cuts a whole list.
	 */
	private static final class Batch {

		private final List<RawPosting> postings = new ArrayList<>();

		private final List<Conversion.Rejected> unreadable = new ArrayList<>();

		void add(JsonNode item, int index, Instant fetchedAt) {
			String path = "$[" + index + "]";
			if (!item.isObject()) {
				this.unreadable.add(new Conversion.Rejected(path,
						"%s should hold one ad object but is %s".formatted(path, Fields.describe(item))));
				return;
			}
			JsonNode id = item.path("id");
			String text = (id.isString() || id.isNumber()) ? id.asString().strip() : "";
			if (text.isEmpty()) {
				this.unreadable.add(new Conversion.Rejected(path,
						"%s has no usable 'id' (%s); cannot tell which ad it is".formatted(path, Fields.describe(id))));
				return;
			}
			this.postings.add(RawPosting.of(SourceFormat.JOBTECH_AD, text, JsonPayloads.write(item), fetchedAt));
		}

		int size() {
			return this.postings.size() + this.unreadable.size();
		}

	}

}
