package io.arcticmatch.ingest.duplicates;

import java.util.UUID;

import io.arcticmatch.matcher.posting.JobPosting;
import io.arcticmatch.matcher.posting.PostingIndex;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

import static io.arcticmatch.ingest.duplicates.DuplicatePostings.TEXT;
import static io.arcticmatch.ingest.duplicates.DuplicatePostings.ad;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * One job from several sources is one posting in the index with every source's link, on a
 * real PostgreSQL and the Lucene index.
 */
@SpringBootTest
class DuplicateMergerTest {

	@Autowired
	private DuplicateMerger merger;

	@Autowired
	private PostingSources sources;

	@Autowired
	private PostingIndex index;

	@Test
	void aCopyFromAnotherSourceJoinsTheIndexedPostingAndKeepsItsLink() {
		String employer = uniqueEmployer();
		JobPosting nav = ad("nav", UUID.randomUUID().toString(), employer + " AS", "Undersköterska", TEXT);
		JobPosting jobtech = ad("jobtech", UUID.randomUUID().toString(), employer, "Undersköterska", TEXT);

		this.merger.upsert(nav);
		this.merger.upsert(jobtech);

		assertThat(this.index.findById(nav.id())).isPresent();
		assertThat(this.index.findById(jobtech.id())).isEmpty();
		assertThat(this.sources.of(jobtech.id())).extracting(SourceLink::postingId)
			.containsExactly(nav.id(), jobtech.id());
		assertThat(this.sources.of(nav.id())).extracting(SourceLink::url)
			.containsExactly(nav.sourceUrl(), jobtech.sourceUrl());
	}

	@Test
	void whenThePostingInTheIndexIsWithdrawnTheCopyTakesItsPlace() {
		String employer = uniqueEmployer();
		JobPosting nav = ad("nav", UUID.randomUUID().toString(), employer, "Undersköterska", TEXT);
		JobPosting jobtech = ad("jobtech", UUID.randomUUID().toString(), employer, "Undersköterska", TEXT);
		this.merger.upsert(nav);
		this.merger.upsert(jobtech);

		this.merger.remove(nav.id());

		assertThat(this.index.findById(nav.id())).isEmpty();
		assertThat(this.index.findById(jobtech.id())).get().isEqualTo(jobtech);
		assertThat(this.sources.of(jobtech.id())).extracting(SourceLink::postingId).containsExactly(jobtech.id());
	}

	@Test
	void aWithdrawnCopyLeavesTheGroupAndTheIndexedPostingStays() {
		String employer = uniqueEmployer();
		JobPosting nav = ad("nav", UUID.randomUUID().toString(), employer, "Undersköterska", TEXT);
		JobPosting jobtech = ad("jobtech", UUID.randomUUID().toString(), employer, "Undersköterska", TEXT);
		this.merger.upsert(nav);
		this.merger.upsert(jobtech);

		this.merger.remove(jobtech.id());

		assertThat(this.index.findById(nav.id())).isPresent();
		assertThat(this.sources.of(nav.id())).extracting(SourceLink::postingId).containsExactly(nav.id());
	}

	@Test
	void redeliveringEitherVersionChangesNothing() {
		String employer = uniqueEmployer();
		JobPosting nav = ad("nav", UUID.randomUUID().toString(), employer, "Undersköterska", TEXT);
		JobPosting jobtech = ad("jobtech", UUID.randomUUID().toString(), employer, "Undersköterska", TEXT);
		this.merger.upsert(nav);
		this.merger.upsert(jobtech);

		this.merger.upsert(jobtech);
		this.merger.upsert(nav);

		assertThat(this.index.findById(nav.id())).isPresent();
		assertThat(this.index.findById(jobtech.id())).isEmpty();
		assertThat(this.sources.of(nav.id())).hasSize(2);
	}

	@Test
	void aCopyThatChangesIntoAnotherJobIsIndexedOnItsOwn() {
		String employer = uniqueEmployer();
		JobPosting nav = ad("nav", UUID.randomUUID().toString(), employer, "Undersköterska", TEXT);
		JobPosting jobtech = ad("jobtech", UUID.randomUUID().toString(), employer, "Undersköterska", TEXT);
		this.merger.upsert(nav);
		this.merger.upsert(jobtech);

		JobPosting changed = jobtech.toBuilder()
			.title("Sjuksköterska natt")
			.description("<p>Nattjobb som sjuksköterska på akutmottagningen vid Kiruna sjukhus, med "
					+ "ansvar för patienter och arbetsledning av undersköterskor under natten.</p>")
			.build();
		this.merger.upsert(changed);

		assertThat(this.index.findById(nav.id())).isPresent();
		assertThat(this.index.findById(jobtech.id())).get().isEqualTo(changed);
		assertThat(this.sources.of(nav.id())).hasSize(1);
	}

	@Test
	void twoAdsOfOneSourceAreNeverMergedBecauseASourceListsEachPositionOnce() {
		String employer = uniqueEmployer();
		JobPosting first = ad("nav", UUID.randomUUID().toString(), employer, "Undersköterska", TEXT);
		JobPosting second = ad("nav", UUID.randomUUID().toString(), employer, "Undersköterska", TEXT);

		this.merger.upsert(first);
		this.merger.upsert(second);

		assertThat(this.index.findById(first.id())).isPresent();
		assertThat(this.index.findById(second.id())).isPresent();
	}

	private static String uniqueEmployer() {
		return "Kiruna vård " + UUID.randomUUID().toString().substring(0, 8);
	}

}
