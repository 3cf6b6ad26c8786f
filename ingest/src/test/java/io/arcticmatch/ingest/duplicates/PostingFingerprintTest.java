package io.arcticmatch.ingest.duplicates;

import io.arcticmatch.matcher.concepts.place.Country;
import io.arcticmatch.matcher.posting.JobPosting;
import io.arcticmatch.matcher.posting.PostingPlace;
import org.junit.jupiter.api.Test;

import static io.arcticmatch.ingest.duplicates.DuplicatePostings.TEXT;
import static io.arcticmatch.ingest.duplicates.DuplicatePostings.ad;
import static org.assertj.core.api.Assertions.assertThat;

class PostingFingerprintTest {

	private static final JobPosting NAV = ad("nav", "1", "Kiruna Kommun AB", "Undersköterska hemtjänst", TEXT);

	@Test
	void theSameJobWithTheEmployersLegalFormLeftOutAndTheTitleInOtherCaseIsADuplicate() {
		JobPosting jobtech = ad("jobtech", "2", "Kiruna kommun", "undersköterska, Hemtjänst", TEXT);

		assertThat(PostingFingerprint.of(NAV).sameJobAs(PostingFingerprint.of(jobtech))).isTrue();
	}

	@Test
	void aLightlyEditedTextIsStillTheSameAd() {
		JobPosting edited = ad("jobtech", "2", "Kiruna kommun", "Undersköterska hemtjänst",
				TEXT.replace("senast den 15 december", "snarast"));

		assertThat(PostingFingerprint.of(NAV).sameJobAs(PostingFingerprint.of(edited))).isTrue();
	}

	@Test
	void anotherJobOfTheSameEmployerAndPlaceIsNot() {
		JobPosting other = ad("jobtech", "3", "Kiruna kommun", "Lärare i matematik",
				"<p>Vi söker en lärare i matematik för årskurs 7 till 9 vid Högalidskolan. Du planerar och "
						+ "genomför undervisning och samarbetar i arbetslag med andra lärare och elevhälsan.</p>");

		assertThat(PostingFingerprint.of(NAV).sameJobAs(PostingFingerprint.of(other))).isFalse();
	}

	@Test
	void theSameTextForAnotherEmployerOrPlaceIsNot() {
		JobPosting otherEmployer = ad("jobtech", "4", "Gällivare kommun", "Undersköterska hemtjänst", TEXT);
		JobPosting otherPlace = ad("jobtech", "5", "Kiruna kommun", "Undersköterska hemtjänst", TEXT).toBuilder()
			.place(PostingPlace.inCountry(Country.SE))
			.build();

		assertThat(PostingFingerprint.of(NAV).sameJobAs(PostingFingerprint.of(otherEmployer))).isFalse();
		assertThat(PostingFingerprint.of(NAV).sameJobAs(PostingFingerprint.of(otherPlace))).isFalse();
	}

	@Test
	void adsTooShortToCompareAreDuplicatesOnlyWithTheSameTitle() {
		JobPosting shortAd = ad("jobtech", "6", "Kiruna kommun", "Undersköterska hemtjänst", "<p>Se vår webb.</p>");
		JobPosting shortOther = ad("jobtech", "7", "Kiruna kommun", "Undersköterska natt", "<p>Se vår webb.</p>");

		assertThat(PostingFingerprint.of(NAV).sameJobAs(PostingFingerprint.of(shortAd))).isTrue();
		assertThat(PostingFingerprint.of(NAV).sameJobAs(PostingFingerprint.of(shortOther))).isFalse();
	}

	@Test
	void norwegianLettersFoldSoThatSpellingsMeet() {
		assertThat(PostingFingerprint.words("Tromsø Kommune – Sykehjem")).containsExactly("tromso", "kommune",
				"sykehjem");
	}

}
