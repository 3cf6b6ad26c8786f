package io.arcticmatch.ingest.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;

import io.arcticmatch.ingest.normalise.Preparation;
import io.arcticmatch.ingest.normalise.Preparation.Prepared;
import io.arcticmatch.ingest.source.Conversion;
import io.arcticmatch.ingest.source.PageSplit;
import io.arcticmatch.ingest.source.RawPosting;
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
	 * @param file a feed file of any of the three countries
	 * @param progress told after each chunk of a file of more than one chunk
	 * @return what was read, indexed and rejected
	 * @throws IOException when the file cannot be read at all
	 */
	FileReport importFile(Path file, ImportProgress progress) throws IOException {
		String content = Files.readString(file, StandardCharsets.UTF_8);
		return switch (FeedFile.split(content, this.clock.instant())) {
			case PageSplit.Malformed<RawPosting> malformed -> new FileReport(file, 0, 0, 0,
					List.of(new Conversion.Rejected(file.getFileName().toString(), malformed.reason())));
			case PageSplit.Split<RawPosting> split -> importAds(file, split, progress);
		};
	}

	private FileReport importAds(Path file, PageSplit.Split<RawPosting> split, ImportProgress progress) {
		List<RawPosting> ads = split.items();
		List<Conversion.Rejected> rejected = new ArrayList<>(split.rejected());
		int indexed = 0;
		int withdrawn = 0;
		for (int from = 0; from < ads.size(); from += this.chunk) {
			int to = Math.min(from + this.chunk, ads.size());
			List<JobPosting> ready = new ArrayList<>();
			List<Prepared.Gone> gone = new ArrayList<>();
			// preparing (convert, normalise) is independent per ad and costs more than
			// indexing: use every core
			for (Prepared prepared : ads.subList(from, to).parallelStream().map(this.preparation::prepare).toList()) {
				switch (prepared) {
					case Prepared.Ready posting -> ready.add(posting.posting());
					case Prepared.Gone withdrawal -> gone.add(withdrawal);
					case Prepared.Unusable unusable ->
						rejected.add(new Conversion.Rejected(unusable.sourceId(), unusable.reason()));
				}
			}
			this.index.save(ready);
			gone.forEach((withdrawal) -> this.index.delete(withdrawal.id()));
			indexed += ready.size();
			withdrawn += gone.size();
			if (ads.size() > this.chunk) {
				progress.adsDone(file, to, ads.size());
			}
		}
		return new FileReport(file, ads.size() + split.rejected().size(), indexed, withdrawn, rejected);
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
