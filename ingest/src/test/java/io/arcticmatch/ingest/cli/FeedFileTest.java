package io.arcticmatch.ingest.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.stream.Stream;

import io.arcticmatch.ingest.source.Conversion;
import io.arcticmatch.ingest.source.PageSplit;
import io.arcticmatch.ingest.source.ParsedPosting;
import io.arcticmatch.ingest.source.PostingConverters;
import io.arcticmatch.ingest.source.RawPosting;
import io.arcticmatch.ingest.source.parse.JsonPayloads;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class FeedFileTest {

	private static final Instant READ_AT = Instant.parse("2026-11-25T06:00:00Z");

	private final PostingConverters converters = PostingConverters.standard();

	@Test
	void everyAdConvertsFromTheSplitTreeAsFromItsKeptPayload() throws IOException {
		int compared = 0;
		for (Path file : feedFiles()) {
			if (FeedFile.split(Files.readString(file, StandardCharsets.UTF_8),
					READ_AT) instanceof PageSplit.Split<ParsedPosting> split) {
				for (ParsedPosting posting : split.items()) {
					Conversion fromTree = this.converters.convert(posting);
					Conversion fromPayload = this.converters.convert(posting.raw());
					assertThat(fromTree).as("%s, ad %s", file, posting.origin().sourceId()).isEqualTo(fromPayload);
					if (posting.payload() != null) {
						compared++;
					}
				}
			}
		}
		// the fixtures hold ads of all three countries, so many come with their tree
		assertThat(compared).isGreaterThan(50);
	}

	/**
	 * The payloads kept of every ad in the fixtures (source id and payload text), as the
	 * splitters wrote them while splitting, before the text was written only when asked
	 * for: the intake keeps and replays exactly these.
	 */
	@Test
	void everyAdsKeptPayloadIsTheTextWrittenBefore() throws IOException, NoSuchAlgorithmException {
		MessageDigest digest = MessageDigest.getInstance("SHA-256");
		int ads = 0;
		for (Path file : feedFiles()) {
			if (ParsedPosting.raw(FeedFile.split(Files.readString(file, StandardCharsets.UTF_8),
					READ_AT)) instanceof PageSplit.Split<RawPosting> split) {
				for (RawPosting posting : split.items()) {
					digest.update(
							(posting.sourceId() + "\n" + posting.payload() + "\n").getBytes(StandardCharsets.UTF_8));
					ads++;
				}
			}
		}
		assertThat(ads).isEqualTo(130);
		assertThat(HexFormat.of().formatHex(digest.digest()))
			.isEqualTo("199b3dcc020b762fdba8b7bd54cf1016f6696f04aad12afa3f4ba97e1274e871");
	}

	@Test
	void aBareTeDocumentIsSplitAsIfItCameInASolrAnswer() throws IOException {
		String answer = Files.readString(
				Path.of("src/test/resources/source/finland/te-tpt-api-single-job-10532453-sv.json"),
				StandardCharsets.UTF_8);
		String bare = JsonPayloads.write(JsonPayloads.JSON.readTree(answer).path("response").path("docs").get(0));

		PageSplit<ParsedPosting> fromAnswer = FeedFile.split(answer, READ_AT);
		PageSplit<ParsedPosting> fromBare = FeedFile.split(bare, READ_AT);

		assertThat(fromBare).isInstanceOfSatisfying(PageSplit.Split.class,
				(split) -> assertThat(split.items()).hasSize(1));
		assertThat(ParsedPosting.raw(fromBare)).isEqualTo(ParsedPosting.raw(fromAnswer));
	}

	private static List<Path> feedFiles() throws IOException {
		try (Stream<Path> files = Stream.concat(Files.walk(Path.of("src/test/resources/source")),
				Files.walk(Path.of("src/test/resources/feeds")))) {
			return files.filter((file) -> file.toString().endsWith(".json"))
				.filter((file) -> !file.toString().endsWith(".expected.json"))
				.sorted()
				.toList();
		}
	}

}
