package io.arcticmatch.web.jobs;

import java.util.List;

import io.arcticmatch.matcher.posting.JobPosting;
import io.arcticmatch.matcher.posting.PostingId;
import io.arcticmatch.matcher.posting.PostingIndex;
import io.arcticmatch.web.WebAppTest;
import io.arcticmatch.web.accounts.Account;
import io.arcticmatch.web.accounts.AccountService;
import io.arcticmatch.web.accounts.Role;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Favourites in a real PostgreSQL and index, and who may use them: postings of the source
 * {@code jobsfav}.
 */
@WebAppTest
class FavouritesTest {

	private static final JobPosting NARVIK = JobsTestData
		.posting("jobsfav", "narvik", "Sykepleier favqzx", JobsTestData.NARVIK, 1)
		.build();

	private static final JobPosting ROVANIEMI = JobsTestData
		.posting("jobsfav", "rovaniemi", "Sairaanhoitaja favqzx", JobsTestData.ROVANIEMI, 2)
		.build();

	@Autowired
	private MockMvc mvc;

	@Autowired
	private PostingIndex index;

	@Autowired
	private AccountService accounts;

	@Autowired
	private Favourites favourites;

	@BeforeEach
	void savePostings() {
		this.index.save(List.of(NARVIK, ROVANIEMI));
	}

	@AfterEach
	void deletePostings() {
		this.index.delete(NARVIK.id());
		this.index.delete(ROVANIEMI.id());
	}

	@Test
	void aSeekerMarksListsAndUnmarksFavourites() throws Exception {
		Account seeker = JobsTestData.account(this.accounts, Role.SEEKER);

		this.mvc
			.perform(post("/seeker/favourites").with(csrf())
				.with(user(seeker.email()).roles("SEEKER"))
				.param("postingId", "jobsfav:narvik")
				.param("returnTo", "/jobs?q=favqzx&country=NO"))
			.andExpect(redirectedUrl("/jobs?q=favqzx&country=NO"))
			.andExpect(flash().attribute("flash", "jobs.favourites.added"));
		this.mvc
			.perform(post("/seeker/favourites").with(csrf())
				.with(user(seeker.email()).roles("SEEKER"))
				.param("postingId", "jobsfav:rovaniemi"))
			.andExpect(redirectedUrl("/jobs/jobsfav:rovaniemi"));
		this.mvc
			.perform(post("/seeker/favourites").with(csrf())
				.with(user(seeker.email()).roles("SEEKER"))
				.param("postingId", "jobsfav:rovaniemi"))
			.andExpect(status().is3xxRedirection());

		Document list = page("/seeker/favourites", seeker);
		assertThat(list.select(".jobs-card h3 a").eachText()).containsExactly("Sairaanhoitaja favqzx",
				"Sykepleier favqzx");
		assertThat(list.select(".jobs-card form[action=/seeker/favourites/remove]")).hasSize(2);
		Document job = page("/jobs/jobsfav:narvik", seeker);
		assertThat(job.select(".jobs-actions form.jobs-favourite button").text()).isEqualTo("Remove from favourites");

		this.mvc
			.perform(post("/seeker/favourites/remove").with(csrf())
				.with(user(seeker.email()).roles("SEEKER"))
				.param("postingId", "jobsfav:narvik")
				.param("returnTo", "/seeker/favourites"))
			.andExpect(redirectedUrl("/seeker/favourites"));
		assertThat(page("/seeker/favourites", seeker).select(".jobs-card h3 a").eachText())
			.containsExactly("Sairaanhoitaja favqzx");
		this.mvc
			.perform(post("/seeker/favourites/remove").with(csrf())
				.with(user(seeker.email()).roles("SEEKER"))
				.param("postingId", "jobsfav:rovaniemi"))
			.andExpect(status().is3xxRedirection());
		assertThat(page("/seeker/favourites", seeker).select(".jobs-empty .empty").text()).isEqualTo(
				"You have no favourite jobs yet. Save a job from the search or a job page to find it here again.");
	}

	@Test
	void aJobThatLeftTheIndexIsListedAsNoLongerAvailable() throws Exception {
		Account seeker = JobsTestData.account(this.accounts, Role.SEEKER);
		this.favourites.add(seeker.id(), NARVIK.id());
		this.favourites.add(seeker.id(), new PostingId("jobsfav", "gone"));

		Document list = page("/seeker/favourites", seeker);

		assertThat(list.select(".jobs-gone h3").text()).isEqualTo("No longer available");
		assertThat(list.select(".jobs-gone").text()).contains("jobsfav:gone");
		assertThat(list.select(".jobs-gone form[action=/seeker/favourites/remove] input[name=postingId]").val())
			.isEqualTo("jobsfav:gone");
		assertThat(list.select(".jobs-card h3 a").eachText()).containsExactly("Sykepleier favqzx");
	}

	@Test
	void anUnknownJobCannotBeMarked() throws Exception {
		Account seeker = JobsTestData.account(this.accounts, Role.SEEKER);
		for (String id : List.of("jobsfav:never-saved", "nonsense")) {
			this.mvc
				.perform(post("/seeker/favourites").with(csrf())
					.with(user(seeker.email()).roles("SEEKER"))
					.param("postingId", id))
				.andExpect(status().isNotFound());
		}
		assertThat(this.favourites.count(seeker.id())).isZero();
	}

	@Test
	void theReturnAddressNeverLeavesTheJobPages() throws Exception {
		Account seeker = JobsTestData.account(this.accounts, Role.SEEKER);
		for (String elsewhere : List.of("https://evil.example/", "//evil.example/jobs", "/admin/employers", "/jobs/{x}",
				"/\\evil.example")) {
			this.mvc
				.perform(post("/seeker/favourites").with(csrf())
					.with(user(seeker.email()).roles("SEEKER"))
					.param("postingId", "jobsfav:narvik")
					.param("returnTo", elsewhere))
				.andExpect(redirectedUrl("/jobs/jobsfav:narvik"));
		}
	}

	@Test
	void favouritesAreExportedAndErasedWithTheAccount() throws Exception {
		Account seeker = JobsTestData.account(this.accounts, Role.SEEKER);
		this.favourites.add(seeker.id(), NARVIK.id());

		assertThat(this.accounts.export(seeker.id())).containsKey("favourites");
		assertThat(this.favourites.export(seeker.id())).asList()
			.extracting("postingId")
			.containsExactly("jobsfav:narvik");

		this.accounts.delete(seeker.id());

		assertThat(this.favourites.count(seeker.id())).isZero();
		assertThat(this.favourites.export(seeker.id())).isNull();
	}

	@Test
	void theJobPagesArePublicAndFavouritesAreForSeekersOnly() throws Exception {
		this.mvc.perform(get("/jobs")).andExpect(status().isOk());
		this.mvc.perform(get("/jobs/jobsfav:narvik")).andExpect(status().isOk());
		this.mvc.perform(get("/seeker/favourites")).andExpect(redirectedUrl("/login"));
		this.mvc.perform(post("/seeker/favourites").with(csrf()).param("postingId", "jobsfav:narvik"))
			.andExpect(redirectedUrl("/login"));
		this.mvc.perform(post("/seeker/favourites/remove").with(csrf()).param("postingId", "jobsfav:narvik"))
			.andExpect(redirectedUrl("/login"));
		this.mvc.perform(post("/jobs/jobsfav:narvik").with(csrf())).andExpect(redirectedUrl("/login"));

		for (Role role : List.of(Role.COACH, Role.EMPLOYER, Role.ADMIN)) {
			Account account = JobsTestData.account(this.accounts, role);
			this.mvc.perform(get("/jobs").with(user(account.email()).roles(role.name()))).andExpect(status().isOk());
			this.mvc.perform(get("/jobs/jobsfav:narvik").with(user(account.email()).roles(role.name())))
				.andExpect(status().isOk());
			this.mvc.perform(get("/seeker/favourites").with(user(account.email()).roles(role.name())))
				.andExpect(status().isForbidden());
			this.mvc
				.perform(post("/seeker/favourites").with(csrf())
					.with(user(account.email()).roles(role.name()))
					.param("postingId", "jobsfav:narvik"))
				.andExpect(status().isForbidden());
			this.mvc
				.perform(post("/seeker/favourites/remove").with(csrf())
					.with(user(account.email()).roles(role.name()))
					.param("postingId", "jobsfav:narvik"))
				.andExpect(status().isForbidden());
		}

		Account seeker = JobsTestData.account(this.accounts, Role.SEEKER);
		this.mvc.perform(get("/seeker/favourites").with(user(seeker.email()).roles("SEEKER")))
			.andExpect(status().isOk());
		this.mvc
			.perform(post("/seeker/favourites").with(user(seeker.email()).roles("SEEKER"))
				.param("postingId", "jobsfav:narvik"))
			.andExpect(status().isForbidden());
		assertThat(this.favourites.count(seeker.id())).as("refused without CSRF token").isZero();
	}

	@Test
	void oneSeekersFavouritesAreNotAnothers() throws Exception {
		Account one = JobsTestData.account(this.accounts, Role.SEEKER);
		Account other = JobsTestData.account(this.accounts, Role.SEEKER);
		this.favourites.add(one.id(), NARVIK.id());

		assertThat(page("/seeker/favourites", other).select(".jobs-card")).isEmpty();
		assertThat(page("/seeker/favourites", one).select(".jobs-card")).hasSize(1);
	}

	private Document page(String path, Account account) throws Exception {
		var response = this.mvc
			.perform(get(path).header("Accept-Language", "en").with(user(account.email()).roles("SEEKER")))
			.andReturn()
			.getResponse();
		assertThat(response.getStatus()).isEqualTo(200);
		response.setCharacterEncoding("UTF-8");
		return Jsoup.parse(response.getContentAsString());
	}

}
