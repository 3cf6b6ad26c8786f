package io.arcticmatch.ingest.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import io.arcticmatch.ingest.normalise.Preparation;
import io.arcticmatch.ingest.normalise.Preparation.Prepared;
import io.arcticmatch.ingest.source.Conversion;
import io.arcticmatch.ingest.source.PageSplit;
import io.arcticmatch.ingest.source.ParsedPosting;
import io.arcticmatch.matcher.posting.JobPosting;
import io.arcticmatch.matcher.posting.PostingIndex;

/**
 * Imports feed files straight into the posting index: each file is split, converted and
 * normalised as the pipeline would, then its postings are stored in one batch.
 */
class FeedFileImport {

	private final Preparation preparation;

	private final PostingIndex index;

	private final Clock clock;

	private final int chunk;

	/**
	 * @param preparation converts and normalises ads
	 * @param index where postings go
	 * @param clock the time ads are read at
	 * @param chunk ads are prepared and stored this many at a time, so that a large file
	 * (a JobTech snapshot has tens of thousands) shows its progress and is not held
	 * prepared all at once
	 */
	FeedFileImport(Preparation preparation, PostingIndex index, Clock clock, int chunk) {
		this.preparation = preparation;
		this.index = index;
		this.clock = clock;
		this.chunk = chunk;
	}

	/**
	 * Imports files in order. One thread reads, splits and prepares the next chunk (of
	 * this file or the next) while the calling thread stores the current one: reading and
	 * splitting a file and committing a chunk each run on one core, so without the
	 * overlap one core would idle through them.
	 * @param files the feed files of any of the three countries
	 * @param progress told after each chunk of a file of more than one chunk
	 * @param outcomes told of each file once it is done, in order
	 */
	void importFiles(List<Path> files, ImportProgress progress, FileOutcomes outcomes) {
		BlockingQueue<Chunk> ready = new ArrayBlockingQueue<>(1);
		ExecutorService reader = Executors.newSingleThreadExecutor(Thread.ofPlatform().name("import-reader").factory());
		try {
			Future<?> reading = reader.submit(() -> {
				readAll(files, ready);
				return null;
			});
			Map<Path, FileTally> open = new HashMap<>();
			for (Chunk chunk = take(ready, reading); !(chunk instanceof Chunk.End); chunk = take(ready, reading)) {
				switch (chunk) {
					case Chunk.Unreadable unreadable -> outcomes.unreadable(unreadable.file(), unreadable.problem());
					case Chunk.Malformed malformed -> outcomes.imported(new FileReport(malformed.file(), 0, 0, 0, List
						.of(new Conversion.Rejected(malformed.file().getFileName().toString(), malformed.reason()))));
					case Chunk.Ads ads -> {
						FileTally tally = open.computeIfAbsent(ads.file(), FileTally::new);
						store(ads, tally);
						if (ads.total() > this.chunk) {
							progress.adsDone(ads.file(), ads.done(), ads.total());
						}
						if (ads.last()) {
							outcomes.imported(open.remove(ads.file()).report(ads.rejectedBySplit()));
						}
					}
					case Chunk.End end -> throw new IllegalStateException("unreachable");
				}
			}
		}
		finally {
			reader.shutdownNow();
		}
	}

	private void readAll(List<Path> files, BlockingQueue<Chunk> ready) throws InterruptedException {
		for (Path file : files) {
			String content;
			try {
				content = Files.readString(file, StandardCharsets.UTF_8);
			}
			catch (IOException ex) {
				ready.put(new Chunk.Unreadable(file, ex));
				continue;
			}
			switch (FeedFile.split(content, this.clock.instant())) {
				case PageSplit.Malformed<ParsedPosting> malformed ->
					ready.put(new Chunk.Malformed(file, malformed.reason()));
				case PageSplit.Split<ParsedPosting> split -> {
					List<ParsedPosting> ads = split.items();
					for (int from = 0; from == 0 || from < ads.size(); from += this.chunk) {
						int to = Math.min(from + this.chunk, ads.size());
						// preparing (convert, normalise) is independent per ad: use every
						// core
						List<Prepared> prepared = ads.subList(from, to)
							.parallelStream()
							.map(this.preparation::prepare)
							.toList();
						ready.put(new Chunk.Ads(file, prepared, to, ads.size(), split.rejected()));
					}
				}
			}
		}
		ready.put(new Chunk.End());
	}

	private static Chunk take(BlockingQueue<Chunk> ready, Future<?> reading) {
		try {
			Chunk chunk = ready.poll(1, TimeUnit.SECONDS);
			while (chunk == null) {
				if (reading.isDone()) {
					// the reader ended without its end marker: it failed
					reading.get();
					throw new IllegalStateException("The file reader stopped without saying why");
				}
				chunk = ready.poll(1, TimeUnit.SECONDS);
			}
			return chunk;
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException("The import was interrupted", ex);
		}
		catch (ExecutionException ex) {
			throw new IllegalStateException("Reading the feed files failed: " + ex.getCause().getMessage(),
					ex.getCause());
		}
	}

	private void store(Chunk.Ads chunk, FileTally tally) {
		List<JobPosting> ready = new ArrayList<>();
		List<Prepared.Gone> gone = new ArrayList<>();
		for (Prepared prepared : chunk.prepared()) {
			switch (prepared) {
				case Prepared.Ready posting -> ready.add(posting.posting());
				case Prepared.Gone withdrawal -> gone.add(withdrawal);
				case Prepared.Unusable unusable ->
					tally.rejected.add(new Conversion.Rejected(unusable.sourceId(), unusable.reason()));
			}
		}
		this.index.save(ready);
		gone.forEach((withdrawal) -> this.index.delete(withdrawal.id()));
		tally.read += chunk.prepared().size();
		tally.indexed += ready.size();
		tally.withdrawn += gone.size();
	}

	/**
	 * What the reader hands to the storing thread.
	 */
	private sealed interface Chunk {

		/**
		 * @param file the file the ads come from
		 * @param prepared the chunk's ads, converted and normalised
		 * @param done ads of the file prepared up to and with this chunk
		 * @param total ads in the file
		 * @param rejectedBySplit parts of the file that were no ads
		 */
		record Ads(Path file, List<Prepared> prepared, int done, int total,
				List<Conversion.Rejected> rejectedBySplit) implements Chunk {

			boolean last() {
				return this.done >= this.total;
			}

		}

		/**
		 * @param file a file that holds no feed at all
		 * @param reason why
		 */
		record Malformed(Path file, String reason) implements Chunk {

		}

		/**
		 * @param file the file
		 * @param problem why it could not be read
		 */
		record Unreadable(Path file, IOException problem) implements Chunk {

		}

		/** No more files. */
		record End() implements Chunk {

		}

	}

	/**
	 * Counts of a file being stored, chunk by chunk.
	 */
	private static final class FileTally {

		private final Path file;

		private final List<Conversion.Rejected> rejected = new ArrayList<>();

		private int read;

		private int indexed;

		private int withdrawn;

		FileTally(Path file) {
			this.file = file;
		}

		FileReport report(List<Conversion.Rejected> rejectedBySplit) {
			List<Conversion.Rejected> all = new ArrayList<>(rejectedBySplit);
			all.addAll(this.rejected);
			return new FileReport(this.file, this.read + rejectedBySplit.size(), this.indexed, this.withdrawn, all);
		}

	}

	/**
	 * Hears how each file ended.
	 */
	interface FileOutcomes {

		/**
		 * @param report what the file's import did
		 */
		void imported(FileReport report);

		/**
		 * @param file a file that could not be read at all
		 * @param problem why
		 */
		void unreadable(Path file, IOException problem);

	}

	/**
	 * Hears how far the import of a large file has come.
	 */
	@FunctionalInterface
	interface ImportProgress {

		/** Reports nothing. */
		ImportProgress SILENT = (file, done, total) -> {
		};

		/**
		 * @param file the file being imported
		 * @param done ads handled so far
		 * @param total ads in the file
		 */
		void adsDone(Path file, int done, int total);

	}

}
