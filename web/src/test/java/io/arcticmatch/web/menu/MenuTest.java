package io.arcticmatch.web.menu;

import java.util.ArrayList;
import java.util.List;

import io.arcticmatch.web.WebAppTest;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

/**
 * The header's menu offers each role its own pages, and visitors the way in.
 */
@WebAppTest
class MenuTest {

	private static final List<String> SEEKER = List.of("/seeker/matches", "/seeker/profile", "/seeker/alerts",
			"/seeker/groups", "/seeker/trips", "/seeker/mentoring", "/seeker/data");

	private static final List<String> COACH = List.of("/coach/groups", "/coach/trips");

	private static final List<String> EMPLOYER = List.of("/employer/openings", "/employer/trips");

	private static final List<String> ADMIN = List.of("/admin/employers", "/admin/guidance");

	@Autowired
	private MockMvc mvc;

	@Test
	void visitorsAreOfferedSignInAndSignUpButNoRolesPages() throws Exception {
		Document page = page(get("/"));

		assertThat(menuLinks(page)).containsExactly("/jobs", "/living-and-working");
		assertThat(accountLinks(page)).containsExactly("/login", "/signup");
		assertThat(page.select(".account form[action=/logout]")).isEmpty();
	}

	@Test
	void seekersGetTheSeekersPagesAndSignOut() throws Exception {
		Document page = page(get("/").with(as("menu-seeker@example.org", "SEEKER")));

		assertThat(menuLinks(page)).containsExactlyElementsOf(publicAnd(SEEKER));
		assertSignedInAs(page, "menu-seeker@example.org");
		assertThat(accountLinks(page)).isEmpty();
	}

	@Test
	void coachesGetTheCoachesPages() throws Exception {
		Document page = page(get("/").with(as("menu-coach@example.org", "COACH")));

		assertThat(menuLinks(page)).containsExactlyElementsOf(publicAnd(COACH));
		assertSignedInAs(page, "menu-coach@example.org");
		assertThat(accountLinks(page)).isEmpty();
	}

	@Test
	void employersGetTheEmployersPages() throws Exception {
		Document page = page(get("/").with(as("menu-employer@example.org", "EMPLOYER")));

		assertThat(menuLinks(page)).containsExactlyElementsOf(publicAnd(EMPLOYER));
		assertSignedInAs(page, "menu-employer@example.org");
		assertThat(accountLinks(page)).isEmpty();
	}

	@Test
	void adminsGetTheCoachesAndAdminsPagesAndTheFeeds() throws Exception {
		Document page = page(get("/").with(as("menu-admin@example.org", "ADMIN")));

		assertThat(menuLinks(page)).containsExactlyElementsOf(publicAnd(COACH, ADMIN));
		assertSignedInAs(page, "menu-admin@example.org");
		assertThat(accountLinks(page)).containsExactly("/admin/feeds");
	}

	private static RequestPostProcessor as(String email, String role) {
		return SecurityMockMvcRequestPostProcessors.user(email).roles(role);
	}

	private Document page(MockHttpServletRequestBuilder request) throws Exception {
		return Jsoup.parse(this.mvc.perform(request).andReturn().getResponse().getContentAsString());
	}

	private static List<String> menuLinks(Document page) {
		return page.select("nav.main-menu a").eachAttr("href");
	}

	private static List<String> accountLinks(Document page) {
		return page.select("nav.account > a").eachAttr("href");
	}

	private static void assertSignedInAs(Document page, String email) {
		assertThat(page.select(".account form[action=/logout] span").text()).contains(email);
	}

	@SafeVarargs
	private static List<String> publicAnd(List<String>... roles) {
		List<String> links = new ArrayList<>(List.of("/jobs", "/living-and-working"));
		for (List<String> role : roles) {
			links.addAll(role);
		}
		return links;
	}

}
