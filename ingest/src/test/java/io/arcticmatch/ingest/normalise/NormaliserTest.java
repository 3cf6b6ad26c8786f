package io.arcticmatch.ingest.normalise;

import java.time.Instant;

import java.util.List;

import io.arcticmatch.ingest.source.Golden;
import io.arcticmatch.ingest.source.Conversion;
import io.arcticmatch.ingest.source.PageSplit;
import io.arcticmatch.ingest.source.PostingConverters;
import io.arcticmatch.ingest.source.RawPosting;
import io.arcticmatch.ingest.source.SourceFormat;
import io.arcticmatch.ingest.source.tyomarkkinatori.TeTptPages;
import io.arcticmatch.matcher.concepts.Concepts;
import io.arcticmatch.matcher.concepts.place.Country;
import io.arcticmatch.matcher.posting.EmploymentType;
import io.arcticmatch.matcher.posting.JobPosting;
import io.arcticmatch.matcher.posting.PostingStatus;
import io.arcticmatch.matcher.posting.RemoteMode;
import org.junit.jupiter.api.BeforeAll;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Normalisation of the real (and edited real) payloads of the three countries.
 */
class NormaliserTest {

	private static final Instant FETCHED = Instant.parse("2026-11-24T12:00:00Z");

	private static Normaliser normaliser;

	private final PostingConverters converters = PostingConverters.standard();

	private static final JsonMapper JSON = JsonMapper.builder().build();

	@BeforeAll
	static void loadConcepts() {
		normaliser = new Normaliser(Concepts.loadDefault());
	}

	@Test
	void swedishAdInKirunaGetsItsMunicipalityRegionAndOccupation() {
		JobPosting posting = normalise(SourceFormat.JOBTECH_AD, "sweden/jobtech-ad-22884504-kiruna-2019.json");

		assertThat(posting.place().country()).isEqualTo(Country.SE);
		assertThat(posting.place().municipalityCode()).isEqualTo("2584");
		assertThat(posting.place().regionCode()).isEqualTo("25");
		assertThat(posting.place().coordinates()).isNotNull();
		assertThat(posting.occupation()).isNotNull();
		assertThat(posting.occupation().iscoCode()).matches("\\d{1,4}");
		assertThat(posting.language()).isEqualTo("sv");
	}

	@Test
	void norwegianStyrkCodeBecomesItsIscoGroup() {
		JobPosting posting = normalise(SourceFormat.NAV_FEED_ENTRY, "norway/nav-feedentry-from-ad_1.json");

		assertThat(posting.place().country()).isEqualTo(Country.NO);
		assertThat(posting.occupation()).isNotNull();
		assertThat(posting.occupation().iscoCode()).hasSize(4);
		assertThat(posting.status()).isEqualTo(PostingStatus.ACTIVE);
	}

	@Test
	void finnishAmlCodeMapsByItsFirstFourDigits() {
		var page = TeTptPages.split(Golden.fixture("finland/te-tpt-api-single-job-10532453-sv.json"), FETCHED);
		RawPosting doc = ((PageSplit.Split<RawPosting>) page).items().getFirst();
		JobPosting posting = normalise(doc);

		assertThat(posting.place().country()).isEqualTo(Country.FI);
		assertThat(posting.occupation()).isNotNull();
		assertThat(posting.occupation().iscoCode()).isEqualTo("2514");
		assertThat(posting.remote()).isEqualTo(RemoteMode.ON_SITE);
	}

	@Test
	void finnishDurationBandsTellPermanentFromFixedTerm() {
		var page = TeTptPages.split(Golden.fixture("finland/te-tpt-api-search-50-jobs-sv-2021.json"), FETCHED);
		List<JobPosting> postings = ((PageSplit.Split<RawPosting>) page).items().stream().map(this::normalise).toList();

		assertThat(postings).filteredOn((posting) -> posting.employmentType() == EmploymentType.OTHER).isEmpty();
		assertThat(postings).extracting(JobPosting::employmentType)
			.contains(EmploymentType.PERMANENT, EmploymentType.TEMPORARY);
	}

	@Test
	void scriptsFramesAndEventHandlersNeverReachThePosting() {
		JobPosting posting = normalise(SourceFormat.NAV_FEED_ENTRY, "norway/nav-feedentry-edited-script.json");

		assertThat(posting.description()).doesNotContainIgnoringCase("<script")
			.doesNotContainIgnoringCase("<iframe")
			.doesNotContainIgnoringCase("onerror")
			.doesNotContainIgnoringCase("javascript:");
		assertThat(posting.description()).contains("<p>");
	}

	@Test
	void anAdWithOnlyACountryIsKeptWithTheGuessWritten() {
		JobPosting posting = normalise(SourceFormat.NAV_FEED_ENTRY, "norway/nav-feedentry-edited-only-country.json");

		assertThat(posting.place().country()).isEqualTo(Country.NO);
		assertThat(posting.place().municipalityCode()).isNull();
		assertThat(posting.title()).isNotBlank();
	}

	@Test
	void jobTechMustHaveSkillsAreRequiredAndNiceToHaveSkillsAreMerits() {
		ObjectNode ad = (ObjectNode) JSON.readTree(Golden.fixture("sweden/jobtech-ad-22884504-kiruna-2019.json"));
		((ObjectNode) ad.get("must_have")).putArray("skills")
			.addObject()
			.put("concept_id", "yQcc_fTn_JL5")
			.put("label", "3D-modellering");
		((ObjectNode) ad.get("nice_to_have")).putArray("skills")
			.addObject()
			.put("concept_id", "xShN_Vkr_s7D")
			.put("label", "Gassvetsning");

		JobPosting posting = normalise(
				RawPosting.of(SourceFormat.JOBTECH_AD, "fixture", JSON.writeValueAsString(ad), FETCHED));

		assertThat(posting.skills()).hasSize(1).doesNotContainAnyElementsOf(posting.niceToHaveSkills());
		assertThat(posting.niceToHaveSkills()).hasSize(1);
	}

	@Test
	void languageOfANorwegianAdIsGuessedFromItsText() {
		JobPosting posting = normalise(SourceFormat.NAV_FEED_ENTRY, "norway/nav-feedentry-from-ad_2.json");

		assertThat(posting.language()).isIn("nb", "nn");
		assertThat(posting.guesses()).anySatisfy((guess) -> assertThat(guess).contains("guessed from the text"));
	}

	private JobPosting normalise(SourceFormat format, String fixture) {
		return normalise(RawPosting.of(format, "fixture", Golden.fixture(fixture), FETCHED));
	}

	private JobPosting normalise(RawPosting raw) {
		Conversion conversion = this.converters.convert(raw);
		assertThat(conversion).as(raw.sourceId()).isInstanceOf(Conversion.Converted.class);
		return normaliser.normalise(((Conversion.Converted) conversion).ad(), FETCHED);
	}

}
