package io.arcticmatch.web.border;

import java.util.List;
import java.util.Map;

import io.arcticmatch.web.WebAppTest;
import io.arcticmatch.web.accounts.AccountId;
import io.arcticmatch.web.accounts.AccountService;
import io.arcticmatch.web.accounts.NewAccount;
import io.arcticmatch.web.accounts.Role;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The database is seeded from the data file at start, once: seeding again adds nothing
 * and keeps administrators' edits.
 */
@WebAppTest
class GuidanceSeedTest {

	@Autowired
	private GuidanceSeeder seeder;

	@Autowired
	private GuidanceCatalogue catalogue;

	@Autowired
	private GuidanceFile file;

	@Autowired
	private AccountService accounts;

	@Autowired
	private JdbcClient jdbc;

	@Test
	void theStartSeededEveryItemOfTheDataFileInEveryLanguage() {
		List<GuidanceItem> written = this.file.items();

		for (GuidanceItem item : written) {
			assertThat(this.catalogue.find(item.id())).as(item.id()).get().satisfies((stored) -> {
				assertThat(stored.text()).containsOnlyKeys("nb", "sv", "fi", "en");
				assertThat(stored.groups()).isEqualTo(item.groups());
				assertThat(stored.from()).isEqualTo(item.from());
				assertThat(stored.situation()).isEqualTo(item.situation());
			});
		}
	}

	@Test
	void seedingAgainAddsNothing() {
		long items = count("border_guidance_item");
		long texts = count("border_guidance_text");

		assertThat(this.seeder.seed()).isZero();
		assertThat(this.seeder.seed()).isZero();

		assertThat(count("border_guidance_item")).isEqualTo(items);
		assertThat(count("border_guidance_text")).isEqualTo(texts);
	}

	@Test
	void seedingAddsAMissingItemOnceAndKeepsAnEditedOne() {
		GuidanceItem item = GuidanceTestItems.unique("Seeded once");
		AccountId admin = this.accounts.open(new NewAccount("seed-" + item.id() + "@example.no", "Seed Admin",
				"a long enough password", Role.ADMIN));

		assertThat(this.catalogue.seed(List.of(item))).isOne();
		this.catalogue.edit(item.id(), new GuidanceEdit(Map.of("en", new GuidanceText("Edited", "Edited text.")),
				item.source(), item.lastChecked()), admin);
		assertThat(this.catalogue.seed(List.of(item))).isZero();

		assertThat(this.catalogue.find(item.id())).get()
			.satisfies((stored) -> assertThat(stored.text().get("en").title()).isEqualTo("Edited"));
	}

	private long count(String table) {
		return this.jdbc.sql("select count(*) from " + table).query(Long.class).single();
	}

}
