package io.arcticmatch.web.border;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import io.arcticmatch.web.WebAppTest;
import io.arcticmatch.web.accounts.AccountId;
import io.arcticmatch.web.accounts.AccountService;
import io.arcticmatch.web.accounts.NewAccount;
import io.arcticmatch.web.accounts.Role;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Administrators edit the guidance in the app; every edit is kept with who and when.
 */
@WebAppTest
class GuidanceAdminTest {

	@Autowired
	private MockMvc mvc;

	@Autowired
	private GuidanceCatalogue catalogue;

	@Autowired
	private AccountService accounts;

	@Autowired
	private JdbcClient jdbc;

	@Test
	void anEditChangesTheItemAndIsKeptWithWhoAndWhen() throws Exception {
		GuidanceItem item = seeded();
		String admin = "guidance-admin-" + UUID.randomUUID() + "@example.no";
		AccountId adminId = this.accounts
			.open(new NewAccount(admin, "Guro Grense", "a long enough password", Role.ADMIN));

		this.mvc.perform(edit(item, admin, "titleEn", "Open an account early", "lastChecked", "2026-11-20"))
			.andExpect(redirectedUrl("/admin/guidance/" + item.id()));

		assertThat(this.catalogue.find(item.id())).get().satisfies((stored) -> {
			assertThat(stored.text().get("en").title()).isEqualTo("Open an account early");
			assertThat(stored.text().get("nb")).isEqualTo(item.text().get("nb"));
			assertThat(stored.lastChecked()).hasToString("2026-11-20");
		});
		assertThat(this.catalogue.history(item.id())).singleElement().satisfies((change) -> {
			assertThat(change.editor()).isEqualTo("Guro Grense");
			assertThat(change.changed()).containsExactly("text.en", "lastChecked");
			assertThat(change.editedAt()).isNotNull();
		});
		assertThat(this.jdbc.sql("select edited_by from border_guidance_edit where item_id = :id")
			.param("id", item.id())
			.query(UUID.class)
			.single()).isEqualTo(adminId.value());
		this.mvc
			.perform(get("/admin/guidance/" + item.id()).header("Accept-Language", "en")
				.with(user(admin).roles("ADMIN")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Guro Grense (" + admin + ")")))
			.andExpect(content().string(containsString("<span>English text, </span><span>last checked</span>")))
			.andExpect(content().string(containsString("value=\"Open an account early\"")));
	}

	@Test
	void aSecondEditAddsToTheHistoryAndSavingUnchangedAddsNothing() throws Exception {
		GuidanceItem item = seeded();
		String admin = "guidance-admin-" + UUID.randomUUID() + "@example.no";
		this.accounts.open(new NewAccount(admin, "Anna Admin", "a long enough password", Role.ADMIN));

		this.mvc.perform(edit(item, admin, "bodySv", "Ny text.")).andExpect(status().is3xxRedirection());
		this.mvc.perform(edit(item, admin, "bodySv", "Ny text.")).andExpect(status().is3xxRedirection());
		this.mvc.perform(edit(item, admin, "bodySv", "Nyare text.", "source", "https://www.vero.fi/en/"))
			.andExpect(status().is3xxRedirection());

		assertThat(this.catalogue.history(item.id())).extracting(GuidanceChange::changed)
			.containsExactly(List.of("text.sv", "source"), List.of("text.sv"));
	}

	@Test
	void anEditWithABlankTextOrAPlainHttpLinkIsRefusedWithClearMessages() throws Exception {
		GuidanceItem item = seeded();
		String admin = "guidance-admin-" + UUID.randomUUID() + "@example.no";
		this.accounts.open(new NewAccount(admin, "Anna Admin", "a long enough password", Role.ADMIN));

		this.mvc
			.perform(edit(item, admin, "titleFi", " ", "source", "http://www.vero.fi/", "lastChecked", "2999-01-01")
				.header("Accept-Language", "en"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Enter a title.")))
			.andExpect(content().string(containsString("starting with https://")))
			.andExpect(content().string(containsString("not in the future")));

		assertThat(this.catalogue.history(item.id())).isEmpty();
		assertThat(this.catalogue.find(item.id())).get().isEqualTo(item);
	}

	@Test
	void theListShowsTheItemsOfTheChosenCountry() throws Exception {
		this.mvc
			.perform(get("/admin/guidance?country=SE").header("Accept-Language", "sv").with(user("a").roles("ADMIN")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Arbetstillstånd från Migrationsverket")))
			.andExpect(content().string(not(containsString("Oppholdstillatelse for arbeid fra Migri"))));
	}

	@Test
	void anUnknownItemIsNotFound() throws Exception {
		this.mvc.perform(get("/admin/guidance/no-such-item").with(user("a").roles("ADMIN")))
			.andExpect(status().isNotFound());
	}

	private GuidanceItem seeded() {
		GuidanceItem item = GuidanceTestItems.unique("Bank account " + UUID.randomUUID());
		this.catalogue.seed(List.of(item));
		return this.catalogue.find(item.id()).orElseThrow();
	}

	/** The edit form as the page posts it, filled with the item's current values. */
	private static MockHttpServletRequestBuilder edit(GuidanceItem item, String admin, String... changes) {
		Map<String, String> fields = new LinkedHashMap<>();
		Map.of("Nb", "nb", "Sv", "sv", "Fi", "fi", "En", "en").forEach((suffix, language) -> {
			fields.put("title" + suffix, item.text().get(language).title());
			fields.put("body" + suffix, item.text().get(language).body());
		});
		fields.put("source", item.source());
		fields.put("lastChecked", item.lastChecked().toString());
		for (int i = 0; i < changes.length; i += 2) {
			fields.put(changes[i], changes[i + 1]);
		}
		MockHttpServletRequestBuilder request = post("/admin/guidance/" + item.id()).with(csrf())
			.with(user(admin).roles("ADMIN"));
		fields.forEach(request::param);
		return request;
	}

}
