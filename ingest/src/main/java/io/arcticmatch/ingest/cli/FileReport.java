package io.arcticmatch.ingest.cli;

import java.nio.file.Path;
import java.util.List;

import io.arcticmatch.ingest.source.Conversion;

/**
 * What importing one file did.
 *
 * @param file the file
 * @param read items found in it (ads, withdrawals and parts that are neither)
 * @param indexed postings stored in the index
 * @param withdrawn postings its withdrawals removed from the index
 * @param rejected what could not be used, each with its reason
 */
record FileReport(Path file, int read, int indexed, int withdrawn, List<Conversion.Rejected> rejected) {

	FileReport {
		rejected = List.copyOf(rejected);
	}

	/**
	 * @return {@code FILE: read N, indexed N, rejected N} and, when there were any, the
	 * withdrawals
	 */
	String summary() {
		String summary = "%s: read %d, indexed %d, rejected %d".formatted(this.file, this.read, this.indexed,
				this.rejected.size());
		return (this.withdrawn > 0) ? summary + ", withdrawn " + this.withdrawn : summary;
	}

}
