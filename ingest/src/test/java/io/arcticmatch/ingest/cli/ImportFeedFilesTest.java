package io.arcticmatch.ingest.cli;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;

import io.arcticmatch.ingest.normalise.Normaliser;
import io.arcticmatch.ingest.normalise.Preparation;
import io.arcticmatch.ingest.source.PostingConverters;
import io.arcticmatch.matcher.concepts.Concepts;
import io.arcticmatch.matcher.index.QueryInterpreter;
import io.arcticmatch.matcher.posting.CurrencyRates;
import io.arcticmatch.matcher.index.lucene.LucenePostingIndex;
import io.arcticmatch.matcher.posting.PostingId;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

class ImportFeedFilesTest {

	private static final Path FIXTURES = Path.of("src/test/resources/source");

	private static Preparation preparation;

	private final ByteArrayOutputStream output = new ByteArrayOutputStream();

	private static Concepts concepts;

	private LucenePostingIndex index;

	@BeforeAll
	static void loadConcepts() {
		concepts = Concepts.loadDefault();
		preparation = new Preparation(PostingConverters.standard(), new Normaliser(concepts));
	}

	@BeforeEach
	void emptyIndex() {
		this.index = new LucenePostingIndex(new ByteBuffersDirectory(), Clock.systemUTC(),
				new QueryInterpreter(concepts), CurrencyRates.nordic());
	}

	@AfterEach
	void closeIndex() throws IOException {
		this.index.close();
	}

	@Test
	void eachFileGetsItsCountsAndEachRejectionItsReason() {
		int exitCode = run(FIXTURES.resolve("sweden/jobtech-stream-edited.json"));

		assertThat(exitCode).isZero();
		assertThat(lines()).first()
			.isEqualTo("[1/1] src/test/resources/source/sweden/jobtech-stream-edited.json: read 5, indexed 2, "
					+ "rejected 2, withdrawn 1");
		assertThat(lines())
			.anySatisfy((line) -> assertThat(line).startsWith("  rejected 22884505: ").contains("workplace_address"));
		assertThat(this.index.findById(new PostingId("jobtech", "28746073"))).isPresent();
	}

	@Test
	void aLargeFileShowsItsProgressAndTheRunEndsWithTotals() {
		int exitCode = run(FIXTURES.resolve("sweden/jobtech-stream-edited.json"), 2);

		assertThat(exitCode).isZero();
		assertThat(lines()).filteredOn((line) -> line.contains(" ads"))
			.extracting((line) -> line.substring(line.lastIndexOf(": ") + 2))
			.containsExactly("2 of 4 ads", "4 of 4 ads");
		assertThat(lines().getLast()).matches("1 files in \\d+ s: read 5, indexed 2, rejected 2");
		assertThat(this.index.findById(new PostingId("jobtech", "28746073"))).isPresent();
	}

	@Test
	void aFolderImportsEveryFileOfTheThreeCountries() {
		int exitCode = run(FIXTURES);

		assertThat(exitCode).isZero();
		assertThat(lines()).filteredOn((line) -> line.contains(": read "))
			.anySatisfy((line) -> assertThat(line).contains("norway/"))
			.anySatisfy((line) -> assertThat(line).contains("sweden/"))
			.anySatisfy((line) -> assertThat(line).contains("finland/"));
		assertThat(this.index.count()).isGreaterThan(100);
	}

	@Test
	void aFileThatIsNoFeedIsReportedAndTheRunSucceeds(@TempDir Path folder) throws IOException {
		Path notes = Files.writeString(folder.resolve("notes.txt"), "not json", StandardCharsets.UTF_8);

		int exitCode = run(notes);

		assertThat(exitCode).isZero();
		assertThat(lines().getFirst()).endsWith("notes.txt: read 0, indexed 0, rejected 1");
		assertThat(lines().get(1)).contains("not JSON");
	}

	@Test
	void aFileThatCannotBeReadFailsTheRun(@TempDir Path folder) {
		int exitCode = run(folder.resolve("missing.json"));

		assertThat(exitCode).isEqualTo(1);
		assertThat(lines().getFirst()).contains("missing.json: cannot be read");
	}

	@Test
	void aFileThatCannotBeReadDoesNotStopTheFilesAfterIt(@TempDir Path folder) {
		FeedFileImport importer = new FeedFileImport(preparation, this.index, Clock.systemUTC(), 2);
		int exitCode = ImportFeedFiles.run(importer,
				List.of(folder.resolve("missing.json"), FIXTURES.resolve("sweden/jobtech-stream-edited.json")),
				new PrintStream(this.output, true, StandardCharsets.UTF_8));

		assertThat(exitCode).isEqualTo(1);
		assertThat(lines().getFirst()).contains("missing.json: cannot be read");
		assertThat(lines()).anySatisfy((line) -> assertThat(line).startsWith("[2/2] ").contains("indexed 2"));
		assertThat(this.index.findById(new PostingId("jobtech", "28746073"))).isPresent();
	}

	private int run(Path path) {
		return run(path, 5_000);
	}

	private int run(Path path, int chunk) {
		FeedFileImport importer = new FeedFileImport(preparation, this.index, Clock.systemUTC(), chunk);
		return ImportFeedFiles.run(importer, List.of(path), new PrintStream(this.output, true, StandardCharsets.UTF_8));
	}

	private List<String> lines() {
		return this.output.toString(StandardCharsets.UTF_8).lines().toList();
	}

}
