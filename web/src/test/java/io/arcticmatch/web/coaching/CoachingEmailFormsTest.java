package io.arcticmatch.web.coaching;

import java.util.UUID;

import io.arcticmatch.web.WebAppTest;
import io.arcticmatch.web.accounts.Account;
import io.arcticmatch.web.accounts.AccountService;
import io.arcticmatch.web.accounts.Role;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The forms that take one e-mail address show a refusal next to their own field, tied to
 * it for screen readers, and keep what was typed.
 */
@WebAppTest
class CoachingEmailFormsTest {

	@Autowired
	private MockMvc mvc;

	@Autowired
	private AccountService accounts;

	@Autowired
	private CoachingService coaching;

	@Test
	void addingSomeoneWhoIsNoSeekerShowsWhyAtTheAddField() throws Exception {
		Account coach = new CoachingFixtures(this.accounts).account(Role.COACH, "Coach");
		GroupId group = this.coaching.create(coach, CoachingFixtures.details("Grensegruppa Kiruna"));
		String nobody = "nobody-" + UUID.randomUUID() + "@example.org";

		Document page = postAndRender(coach, "/coach/groups/" + group + "/members", nobody);

		assertRefusedAt(page, "add-email", nobody, "There is no job seeker account with this e-mail address");
		assertThat(page.getElementById("invite-email").attr("aria-invalid")).isEqualTo("false");
		assertThat(page.getElementById("invite-email-error")).isNull();
	}

	@Test
	void handingOverToSomeoneWhoIsNoCoachShowsWhyAtTheHandOverField() throws Exception {
		Account coach = new CoachingFixtures(this.accounts).account(Role.COACH, "Coach");
		GroupId group = this.coaching.create(coach, CoachingFixtures.details("Grensegruppa Tornio"));
		String nobody = "nobody-" + UUID.randomUUID() + "@example.org";

		Document page = postAndRender(coach, "/coach/groups/" + group + "/coaches/handover", nobody);

		assertRefusedAt(page, "handover-email", nobody, "There is no coach account with this e-mail address");
		assertThat(page.getElementById("coach-email-error")).isNull();
	}

	private Document postAndRender(Account coach, String path, String email) throws Exception {
		String html = this.mvc
			.perform(post(path).with(user(coach.email()).roles("COACH"))
				.with(csrf())
				.header("Accept-Language", "en")
				.param("email", email))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		return Jsoup.parse(html);
	}

	private static void assertRefusedAt(Document page, String fieldId, String typed, String reason) {
		Element field = page.getElementById(fieldId);
		assertThat(field).isNotNull();
		assertThat(field.attr("value")).isEqualTo(typed);
		assertThat(field.attr("aria-invalid")).isEqualTo("true");
		assertThat(field.attr("aria-describedby")).isEqualTo(fieldId + "-error");
		assertThat(page.getElementById(fieldId + "-error").text()).startsWith(reason);
		assertThat(page.select("label[for=" + fieldId + "]")).hasSize(1);
	}

}
