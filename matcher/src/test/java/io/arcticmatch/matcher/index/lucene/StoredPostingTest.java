package io.arcticmatch.matcher.index.lucene;

import java.io.IOException;
import java.math.BigDecimal;
import java.net.URI;
import java.time.Instant;
import java.util.Currency;
import java.util.Random;

import io.arcticmatch.matcher.concepts.place.Country;
import io.arcticmatch.matcher.concepts.place.GeoPoint;
import io.arcticmatch.matcher.posting.EmploymentType;
import io.arcticmatch.matcher.posting.JobPosting;
import io.arcticmatch.matcher.posting.LanguageRequirement;
import io.arcticmatch.matcher.posting.PostingId;
import io.arcticmatch.matcher.posting.PostingOccupation;
import io.arcticmatch.matcher.posting.PostingPlace;
import io.arcticmatch.matcher.posting.PostingStatus;
import io.arcticmatch.matcher.posting.RemoteMode;
import io.arcticmatch.matcher.posting.Salary;
import io.arcticmatch.matcher.posting.SalaryPeriod;
import io.arcticmatch.matcher.posting.WorkingTime;
import org.apache.lucene.store.ByteBuffersDataOutput;
import org.apache.lucene.util.BytesRef;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

class StoredPostingTest {

	@Test
	void everyFieldOfAPostingComesBackEqual() {
		JobPosting posting = JobPosting
			.builder(new PostingId("jobtech", "28746073"), "Sjuksköterska – natt",
					new PostingPlace(Country.SE, "25", "2584", "Kiruna", new GeoPoint(67.8557, 20.2253)),
					Instant.parse("2026-11-20T08:15:30.123456789Z"))
			.employer("Region Norrbotten")
			.description("<p>Vi söker en sjuksköterska. Ærlig og ødmyk – ½ 😀</p>")
			.language("sv")
			.occupation(
					new PostingOccupation("http://data.europa.eu/esco/occupation/abc", "http://esco/abc", "2221", 0.87))
			.skill("skill:a")
			.skill("skill:b")
			.niceToHaveSkill("skill:c")
			.language(new LanguageRequirement("sv", true))
			.language(new LanguageRequirement("en", false))
			.drivingLicence("B")
			.employmentType(EmploymentType.PERMANENT)
			.workingTime(WorkingTime.PART_TIME)
			.remote(RemoteMode.HYBRID)
			.salary(new Salary(new BigDecimal("42000.00"), new BigDecimal("48000.5"), Currency.getInstance("SEK"),
					SalaryPeriod.MONTH))
			.applicationDeadline(Instant.parse("2026-12-31T22:59:59Z"))
			.sourceUrl(URI.create("https://arbetsformedlingen.se/platsbanken/annonser/28746073"))
			.applyUrl(URI.create("mailto:jobb@example.se?subject=S%C3%B6k"))
			.status(PostingStatus.INACTIVE)
			.guess("occupation")
			.build();

		assertThat(StoredPosting.read(new BytesRef(StoredPosting.write(posting)))).isEqualTo(posting);
	}

	@Test
	void absentOptionalFieldsStayAbsent() {
		JobPosting posting = JobPosting
			.builder(new PostingId("nav", "1"), "Kokk", PostingPlace.inCountry(Country.NO),
					Instant.parse("1969-12-31T23:59:59.5Z"))
			.build();

		JobPosting read = StoredPosting.read(new BytesRef(StoredPosting.write(posting)));

		assertThat(read).isEqualTo(posting);
		assertThat(read.occupation()).isNull();
		assertThat(read.salary()).isNull();
		assertThat(read.place().coordinates()).isNull();
		assertThat(read.applicationDeadline()).isNull();
	}

	@Test
	void aSalaryWithoutUpperBoundKeepsItsScale() {
		JobPosting posting = JobPosting
			.builder(new PostingId("te", "x-1"), "Hitsaaja", PostingPlace.inCountry(Country.FI),
					Instant.parse("2026-11-01T00:00:00Z"))
			.salary(new Salary(new BigDecimal("15.50"), null, Currency.getInstance("EUR"), SalaryPeriod.HOUR))
			.build();

		assertThat(StoredPosting.read(new BytesRef(StoredPosting.write(posting))).salary()).isEqualTo(posting.salary());
	}

	@Test
	void aLongTextIsStoredByteForByteAsLucenesWriteStringStoresIt() throws IOException {
		String[] pieces = { "a", "Lön ", "é", "\u00a0", "€", "😀", "\ud83d", "\ude00", "\u0000", "\uffff", "&lt;p&gt;",
				"\n", "kesäkuuta ", "x".repeat(1500) };
		Random random = new Random(20261125);
		for (int i = 0; i < 5_000; i++) {
			StringBuilder text = new StringBuilder();
			int count = random.nextInt(40);
			for (int piece = 0; piece < count; piece++) {
				text.append(pieces[random.nextInt(pieces.length)]);
			}
			ByteBuffersDataOutput ours = new ByteBuffersDataOutput();
			StoredPosting.writeLongString(ours, text.toString());
			ByteBuffersDataOutput lucenes = new ByteBuffersDataOutput();
			lucenes.writeString(text.toString());

			assertThat(ours.toArrayCopy()).as(text.toString()).isEqualTo(lucenes.toArrayCopy());
		}
	}

	@Test
	void aFormOfAnotherVersionIsRefused() {
		byte[] stored = StoredPosting.write(
				JobPosting.builder(new PostingId("nav", "2"), "Kokk", PostingPlace.inCountry(Country.NO), Instant.EPOCH)
					.build());
		stored[0] = (byte) (StoredPosting.VERSION + 1);

		assertThatIllegalStateException().isThrownBy(() -> StoredPosting.read(new BytesRef(stored)));
	}

}
