package io.arcticmatch.web.border;

import java.util.List;
import java.util.Locale;

import io.arcticmatch.matcher.concepts.place.Country;
import io.arcticmatch.matcher.matching.Mobility;
import io.arcticmatch.matcher.matching.SeekerProfile;
import io.arcticmatch.web.WebAppTest;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Which items a move's checklist holds: home country x job country x citizenship group x
 * commute or move, on the seeded guidance in PostgreSQL.
 */
@WebAppTest
class BorderGuidanceTest {

	private static final Locale ENGLISH = Locale.ENGLISH;

	@Autowired
	private BorderGuidance guidance;

	@ParameterizedTest(name = "{0} -> {1}, {2}, {3}: has {4}, not {5}")
	@CsvSource(delimiter = '|', nullValues = "-",
			textBlock = """
					SE | NO | NORDIC | COMMUTER | no-right-to-work-nordic no-id-number-commuter no-tax no-tax-commuter no-social-security no-border-service-sweden | no-right-to-work-eu no-right-to-work-other no-id-number-mover
					SE | NO | NORDIC | MOVER    | no-right-to-work-nordic no-id-number-mover no-tax | no-tax-commuter no-id-number-commuter no-right-to-work-other
					FI | NO | OTHER  | MOVER    | no-right-to-work-other no-id-number-mover no-recognition no-border-service-north | no-right-to-work-nordic no-right-to-work-eu no-border-service-sweden no-tax-commuter
					FI | NO | EU_EEA | COMMUTER | no-right-to-work-eu no-id-number-commuter no-tax-commuter | no-right-to-work-other no-right-to-work-nordic
					NO | SE | OTHER  | COMMUTER | se-right-to-work-other se-id-number-commuter se-tax-commuter se-border-service-norway se-border-service-north | se-right-to-work-nordic se-right-to-work-eu se-id-number-mover
					NO | SE | EU_EEA | MOVER    | se-right-to-work-eu se-id-number-mover se-tax se-social-security | se-right-to-work-other se-tax-commuter
					SE | FI | NORDIC | COMMUTER | fi-right-to-work-nordic fi-id-number fi-tax-commuter fi-border-service-north | fi-right-to-work-eu fi-right-to-work-other
					NO | FI | OTHER  | MOVER    | fi-right-to-work-other fi-id-number fi-tax fi-bank-account | fi-tax-commuter fi-right-to-work-nordic
					-  | NO | -      | -        | no-right-to-work-nordic no-right-to-work-eu no-right-to-work-other no-id-number-commuter no-id-number-mover no-tax-commuter no-border-service-sweden no-border-service-north | -
					""")
	void aMoveGetsTheItemsForItsHomeCountryGroupAndSituation(String home, Country job, String group, String situation,
			String expected, String unexpected) {
		MoveSituation move = new MoveSituation((home != null) ? Country.valueOf(home) : null,
				(group != null) ? CitizenshipGroup.valueOf(group) : null,
				(situation != null) ? Situation.valueOf(situation) : null);

		List<String> ids = ids(this.guidance.forJob(job, move, ENGLISH));

		assertThat(ids).containsAll(List.of(expected.split(" ")));
		if (unexpected != null) {
			assertThat(ids).doesNotContainAnyElementsOf(List.of(unexpected.split(" ")));
		}
	}

	@Test
	void aNordicCommuterFromSwedenToNorwayNeedsNoPermitButGetsTheCommuterTaxItem() {
		List<ChecklistItem> items = this.guidance.forJob(Country.NO,
				new MoveSituation(Country.SE, CitizenshipGroup.NORDIC, Situation.COMMUTER), ENGLISH);

		assertThat(items).filteredOn((item) -> item.topic() == Topic.RIGHT_TO_WORK)
			.singleElement()
			.satisfies((item) -> assertThat(item.title()).isEqualTo("No permit needed"));
		assertThat(items).filteredOn((item) -> item.topic() == Topic.TAX)
			.extracting(ChecklistItem::id)
			.contains("no-tax-commuter");
	}

	@ParameterizedTest
	@CsvSource({ "NO, SE, udi.no", "SE, FI, migrationsverket.se", "FI, NO, migri.fi" })
	void aSeekerFromOutsideTheEuEeaGetsTheWorkPermitItemOfTheRightAuthority(Country job, Country home,
			String authority) {
		List<ChecklistItem> items = this.guidance.forJob(job,
				new MoveSituation(home, CitizenshipGroup.OTHER, Situation.MOVER), ENGLISH);

		assertThat(items).filteredOn((item) -> item.topic() == Topic.RIGHT_TO_WORK)
			.singleElement()
			.satisfies((item) -> {
				assertThat(item.sourceHost()).isEqualTo(authority);
				assertThat(item.groups()).containsExactly(CitizenshipGroup.OTHER);
			});
	}

	@ParameterizedTest
	@CsvSource({ "NO", "SE", "FI" })
	void aJobInTheSeekersHomeCountryNeedsNoChecklist(Country country) {
		for (CitizenshipGroup group : CitizenshipGroup.values()) {
			assertThat(this.guidance.forJob(country, new MoveSituation(country, group, Situation.COMMUTER), ENGLISH))
				.isEmpty();
		}
	}

	@Test
	void theProfilesMobilityDecidesCommuterOrMover() {
		SeekerProfile mover = SeekerProfile.builder().mobility(Country.NO, Mobility.commuteOrRelocate(50)).build();
		SeekerProfile commuter = SeekerProfile.builder().mobility(Country.NO, Mobility.commute(80)).build();

		assertThat(ids(this.guidance.forJob(Country.NO, mover, Country.SE, CitizenshipGroup.NORDIC, ENGLISH)))
			.contains("no-id-number-mover")
			.doesNotContain("no-id-number-commuter", "no-tax-commuter");
		assertThat(ids(this.guidance.forJob(Country.NO, commuter, Country.SE, CitizenshipGroup.NORDIC, ENGLISH)))
			.contains("no-id-number-commuter", "no-tax-commuter")
			.doesNotContain("no-id-number-mover");
		assertThat(ids(this.guidance.forJob(Country.NO, null, Country.SE, CitizenshipGroup.NORDIC, ENGLISH)))
			.as("no profile: both")
			.contains("no-id-number-commuter", "no-id-number-mover");
	}

	@Test
	void itemsComeInTheReadersLanguageInTopicOrder() {
		List<ChecklistItem> items = this.guidance.forJob(Country.FI,
				new MoveSituation(Country.SE, CitizenshipGroup.NORDIC, Situation.COMMUTER),
				Locale.forLanguageTag("fi"));

		assertThat(items).first().satisfies((item) -> assertThat(item.title()).isEqualTo("Lupaa ei tarvita"));
		assertThat(items).extracting(ChecklistItem::topic).isSorted();
	}

	private static List<String> ids(List<ChecklistItem> items) {
		return items.stream().map(ChecklistItem::id).toList();
	}

}
