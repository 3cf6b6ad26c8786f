package io.arcticmatch.web.border;

import java.net.URI;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import io.arcticmatch.matcher.concepts.place.Country;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The guidance as written in the repository: complete in every language, each item
 * resting on an official https source with the date it was checked.
 */
class GuidanceFileTest {

	/** The authorities and public services the guidance may cite. */
	private static final Set<String> OFFICIAL_HOSTS = Set.of("udi.no", "skatteetaten.no", "nav.no",
			"helsedirektoratet.no", "skatteverket.se", "migrationsverket.se", "forsakringskassan.se",
			"socialstyrelsen.se", "vero.fi", "migri.fi", "kela.fi", "dvv.fi", "valvira.fi", "grensetjansten.com",
			"gransetjanster.org", "norden.org");

	private final List<GuidanceItem> items = new GuidanceFile(JsonMapper.builder().build()).items();

	@Test
	void everyItemHasATitleAndTextInAllFourLanguages() {
		assertThat(this.items).isNotEmpty().allSatisfy((item) -> {
			assertThat(item.text()).as(item.id()).containsOnlyKeys("nb", "sv", "fi", "en");
			assertThat(item.text().values()).as(item.id()).allSatisfy((text) -> {
				assertThat(text.title()).isNotBlank().hasSizeLessThanOrEqualTo(200);
				assertThat(text.body()).isNotBlank().hasSizeLessThanOrEqualTo(4000);
			});
		});
	}

	@Test
	void everyItemLinksAnOfficialSourceOverHttpsAndSaysWhenItWasChecked() {
		assertThat(this.items).allSatisfy((item) -> {
			URI source = URI.create(item.source());
			assertThat(source.getScheme()).as(item.id()).isEqualTo("https");
			assertThat(source.getHost().replaceFirst("^www\\.", "")).as(item.id()).isIn(OFFICIAL_HOSTS);
			assertThat(item.lastChecked()).as(item.id())
				.isNotNull()
				.isBeforeOrEqualTo(LocalDate.now(java.time.ZoneOffset.UTC));
		});
	}

	@Test
	void identifiersAreUniqueAndEveryItemSaysWhoItIsFor() {
		Set<String> ids = new HashSet<>();
		assertThat(this.items).allSatisfy((item) -> {
			assertThat(ids.add(item.id())).as("twice: " + item.id()).isTrue();
			assertThat(item.groups()).as(item.id()).isNotEmpty();
			assertThat(item.from()).as(item.id()).doesNotContain(item.country());
		});
	}

	@Test
	void everyCountryTellsEveryCitizenshipGroupAboutTheRightToWorkAndCoversEveryTopic() {
		for (Country country : Country.values()) {
			for (CitizenshipGroup group : CitizenshipGroup.values()) {
				assertThat(this.items).as("%s %s", country, group)
					.anyMatch((item) -> item.country() == country && item.topic() == Topic.RIGHT_TO_WORK
							&& item.groups().contains(group));
			}
			for (Topic topic : Topic.values()) {
				assertThat(this.items).as("%s %s", country, topic)
					.anyMatch((item) -> item.country() == country && item.topic() == topic);
			}
		}
	}

}
