package io.arcticmatch.matcher.matching.bench;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

import io.arcticmatch.matcher.concepts.Concepts;
import io.arcticmatch.matcher.index.QueryInterpreter;
import io.arcticmatch.matcher.index.bench.PostingGenerator;
import io.arcticmatch.matcher.index.lucene.LucenePostingIndex;
import io.arcticmatch.matcher.posting.CurrencyRates;
import io.arcticmatch.matcher.posting.JobPosting;
import org.apache.lucene.store.FSDirectory;

/**
 * What the matching benchmarks share: the clock, the posting index on disk and the heap
 * figures they print.
 */
final class MatchingBenchmarks {

	/** "Now" of the generated postings and of scoring. */
	static final Instant NOW = Instant.parse("2026-11-24T12:00:00Z");

	static final Clock CLOCK = Clock.fixed(NOW, ZoneOffset.UTC);

	/** The seed of the postings in the index, as the search benchmark's default. */
	static final long POSTING_SEED = 42;

	/** The seed of the profiles and openings the benchmarks ask for. */
	static final long QUERY_SEED = 4242;

	private static final int BATCH = 10_000;

	private MatchingBenchmarks() {
	}

	/**
	 * Opens the posting index in a folder, generating and saving the postings first
	 * unless a marker says the folder holds this many of this seed.
	 */
	static LucenePostingIndex index(Concepts concepts, Path folder, int postings) throws IOException {
		Path marker = folder.resolve("matching-bench-postings-%d-seed-%d".formatted(postings, POSTING_SEED));
		boolean reuse = Files.exists(marker);
		if (!reuse) {
			deleteIndex(folder);
			Files.createDirectories(folder);
		}
		LucenePostingIndex index = new LucenePostingIndex(FSDirectory.open(folder), CLOCK,
				new QueryInterpreter(concepts), CurrencyRates.nordic());
		if (reuse && index.count() == postings) {
			print("reusing the index of %,d postings in %s", index.count(), folder);
			return index;
		}
		if (reuse) {
			// an index of an older layout is opened empty: fill it again
			print("the index in %s holds %,d postings, not %,d (an older layout starts anew); indexing again", folder,
					index.count(), postings);
			Files.delete(marker);
		}
		PostingGenerator generator = new PostingGenerator(concepts, POSTING_SEED, NOW);
		long start = System.nanoTime();
		for (int done = 0; done < postings; done += BATCH) {
			List<JobPosting> batch = generator.next(Math.min(BATCH, postings - done));
			index.save(batch);
		}
		Files.createFile(marker);
		print("indexed %,d postings in %.0f s into %s", postings, (System.nanoTime() - start) / 1e9, folder);
		return index;
	}

	/**
	 * Deletes a folder this benchmark made: a Lucene index and its marker, nothing else.
	 */
	static void deleteIndex(Path folder) throws IOException {
		if (!Files.isDirectory(folder)) {
			return;
		}
		try (Stream<Path> files = Files.list(folder)) {
			List<String> names = files.map((file) -> file.getFileName().toString()).toList();
			if (!names.isEmpty() && names.stream().noneMatch((name) -> name.startsWith("segments_"))) {
				throw new IllegalArgumentException(
						"%s holds something other than an index; name an empty or new folder".formatted(folder));
			}
		}
		try (Stream<Path> all = Files.walk(folder)) {
			for (Path path : all.sorted(Comparator.reverseOrder()).toList()) {
				Files.delete(path);
			}
		}
	}

	/**
	 * @return the heap in use after a full collection, in MB
	 */
	static long usedHeapMb() {
		MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
		for (int i = 0; i < 3; i++) {
			memory.gc();
		}
		return memory.getHeapMemoryUsage().getUsed() >> 20;
	}

	static void print(String format, Object... args) {
		System.out.println("# " + String.format(Locale.ROOT, format, args));
	}

}
