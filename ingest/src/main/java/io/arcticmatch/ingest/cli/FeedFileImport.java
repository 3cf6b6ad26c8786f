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

	FeedFileImport(Preparation preparation, PostingIndex index, Clock clock) {
		this.preparation = preparation;
		this.index = index;
		this.clock = clock;
	}

	/**
	 * @param file a feed file of any of the three countries
	 * @return what was read, indexed and rejected
	 * @throws IOException when the file cannot be read at all
	 */
	FileReport importFile(Path file) throws IOException {
		String content = Files.readString(file, StandardCharsets.UTF_8);
		return switch (FeedFile.split(content, this.clock.instant())) {
			case PageSplit.Malformed<RawPosting> malformed -> new FileReport(file, 0, 0, 0,
					List.of(new Conversion.Rejected(file.getFileName().toString(), malformed.reason())));
			case PageSplit.Split<RawPosting> split -> importAds(file, split);
		};
	}

	private FileReport importAds(Path file, PageSplit.Split<RawPosting> split) {
		List<JobPosting> ready = new ArrayList<>();
		List<Prepared.Gone> gone = new ArrayList<>();
		List<Conversion.Rejected> rejected = new ArrayList<>(split.rejected());
		// preparing (convert, normalise) is independent per ad and costs more than
		// indexing: use every core
		List<Prepared> prepared = split.items().parallelStream().map(this.preparation::prepare).toList();
		for (Prepared preparedPosting : prepared) {
			switch (preparedPosting) {
				case Prepared.Ready posting -> ready.add(posting.posting());
				case Prepared.Gone withdrawal -> gone.add(withdrawal);
				case Prepared.Unusable unusable ->
					rejected.add(new Conversion.Rejected(unusable.sourceId(), unusable.reason()));
			}
		}
		this.index.save(ready);
		gone.forEach((withdrawal) -> this.index.delete(withdrawal.id()));
		return new FileReport(file, split.items().size() + split.rejected().size(), ready.size(), gone.size(),
				rejected);
	}

}
