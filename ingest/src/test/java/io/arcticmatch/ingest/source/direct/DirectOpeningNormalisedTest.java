package io.arcticmatch.ingest.source.direct;

import java.time.Instant;

import io.arcticmatch.ingest.normalise.Normaliser;
import io.arcticmatch.ingest.source.Conversion;
import io.arcticmatch.matcher.concepts.Concepts;
import io.arcticmatch.matcher.concepts.place.Country;
import io.arcticmatch.matcher.posting.EmploymentType;
import io.arcticmatch.matcher.posting.JobPosting;
import io.arcticmatch.matcher.posting.LanguageRequirement;
import io.arcticmatch.matcher.posting.RemoteMode;
import io.arcticmatch.matcher.posting.WorkingTime;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A direct opening through the normaliser: what the employer picked arrives unchanged.
 */
class DirectOpeningNormalisedTest {

	private static final Normaliser normaliser = new Normaliser(Concepts.loadDefault());

	@Test
	void pickedConceptsRemoteModeSalaryAndMailLinkSurviveNormalisation() {
		var ad = ((Conversion.Converted) new DirectOpeningConverter()
			.convert(DirectOpeningConverterTest.welderInKiruna(true).toRawPosting())).ad();

		JobPosting posting = normaliser.normalise(ad, Instant.parse("2026-11-21T09:30:00Z"));

		assertThat(posting.occupation()).isNotNull();
		assertThat(posting.occupation().iscoCode()).isEqualTo("7212");
		assertThat(posting.skills()).containsExactly(DirectOpeningConverterTest.WELDING);
		assertThat(posting.languages()).containsExactly(new LanguageRequirement("sv", true));
		assertThat(posting.drivingLicences()).containsExactly("licence:B");
		assertThat(posting.place().country()).isEqualTo(Country.SE);
		assertThat(posting.place().municipalityCode()).isEqualTo("2584");
		assertThat(posting.remote()).isEqualTo(RemoteMode.REMOTE);
		assertThat(posting.employmentType()).isEqualTo(EmploymentType.PERMANENT);
		assertThat(posting.workingTime()).isEqualTo(WorkingTime.FULL_TIME);
		assertThat(posting.salary()).isNotNull();
		assertThat(posting.applyUrl()).hasToString("mailto:jobb@example.se");
		assertThat(posting.language()).isEqualTo("sv");
		assertThat(posting.guesses()).noneMatch((guess) -> guess.contains("not known"));
	}

}
