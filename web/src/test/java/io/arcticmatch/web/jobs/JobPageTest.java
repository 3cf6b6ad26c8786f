package io.arcticmatch.web.jobs;

import java.math.BigDecimal;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.Currency;
import java.util.List;
import java.util.UUID;

import io.arcticmatch.ingest.duplicates.DuplicateMerger;
import io.arcticmatch.matcher.posting.EmploymentType;
import io.arcticmatch.matcher.posting.JobPosting;
import io.arcticmatch.matcher.posting.LanguageRequirement;
import io.arcticmatch.matcher.posting.PostingIndex;
import io.arcticmatch.matcher.posting.Salary;
import io.arcticmatch.matcher.posting.SalaryPeriod;
import io.arcticmatch.web.WebAppTest;
import io.arcticmatch.web.accounts.Account;
import io.arcticmatch.web.accounts.AccountService;
import io.arcticmatch.web.accounts.Role;
import io.arcticmatch.web.profiles.SeekerProfiles;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

/**
 * The job page against the application's own index, with postings of the source
 * {@code jobspage}.
 */
@WebAppTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class JobPageTest {

	private static final String HOSTILE_TITLE = "Lege </script><script>alert('title')</script>";

	private static final JobPosting HOSTILE = JobsTestData
		.posting("jobspage", "hostile", HOSTILE_TITLE, JobsTestData.KIRUNA, 1)
		.employer("Region Norrbotten & Co </script>")
		.description("<p>Vi söker en <b>läkare</b>.</p><script>alert('description')</script>"
				+ "<img src=x onerror=alert('img')><iframe src=\"https://evil.example/\"></iframe>"
				+ "<a href=\"javascript:alert('link')\">klicka</a>")
		.language("sv")
		.language(new LanguageRequirement("sv", true))
		.language(new LanguageRequirement("en", false))
		.drivingLicence("licence:B")
		.employmentType(EmploymentType.PERMANENT)
		.salary(new Salary(new BigDecimal("50000"), new BigDecimal("60000"), Currency.getInstance("SEK"),
				SalaryPeriod.MONTH))
		.applicationDeadline(Instant.now().plus(Duration.ofDays(20)))
		.sourceUrl(URI.create("https://arbetsformedlingen.example/annons/hostile"))
		.applyUrl(URI.create("https://apply.example/hostile"))
		.build();

	private static final JobPosting SIMILAR = JobsTestData
		.posting("jobspage", "similar", "Sykepleier i Narvik", JobsTestData.NARVIK, 2)
		.applyUrl(URI.create("javascript:alert('apply')"))
		.build();

	private static final List<JobPosting> POSTINGS = List.of(HOSTILE, SIMILAR);

	@Autowired
	private MockMvc mvc;

	@Autowired
	private PostingIndex index;

	@Autowired
	private AccountService accounts;

	@Autowired
	private SeekerProfiles profiles;

	@Autowired
	private JsonMapper json;

	@Autowired
	private DuplicateMerger merger;

	@BeforeAll
	void savePostings() {
		this.index.save(POSTINGS);
	}

	@AfterAll
	void deletePostings() {
		POSTINGS.forEach((posting) -> this.index.delete(posting.id()));
	}

	@Test
	void scriptsOfTheAdNeverReachThePage() throws Exception {
		MockHttpServletResponse response = fetch(get("/jobs/jobspage:hostile"));
		String html = response.getContentAsString();

		assertThat(response.getStatus()).isEqualTo(200);
		assertThat(html).doesNotContain("<script>alert")
			.doesNotContain("onerror")
			.doesNotContain("<iframe")
			.doesNotContain("javascript:");
		Document page = Jsoup.parse(html);
		assertThat(page.select(".jobs-description b").text()).isEqualTo("läkare");
		assertThat(page.select("h1").text()).isEqualTo(HOSTILE_TITLE);
		assertThat(page.select("script:not([type=application/ld+json]):not([src])")).isEmpty();
	}

	@Test
	void jsonLdDescribesThePostingAndCannotEndItsScript() throws Exception {
		Document page = Jsoup.parse(fetch(get("/jobs/jobspage:hostile")).getContentAsString());

		assertThat(page.select("script[type=application/ld+json]")).hasSize(1);
		String data = page.select("script[type=application/ld+json]").first().data();
		assertThat(data).doesNotContain("</").doesNotContain("<");
		JsonNode ld = this.json.readTree(data);
		assertThat(ld.path("@type").asString()).isEqualTo("JobPosting");
		assertThat(ld.path("title").asString()).isEqualTo(HOSTILE_TITLE);
		assertThat(ld.path("hiringOrganization").path("name").asString()).isEqualTo("Region Norrbotten & Co </script>");
		assertThat(ld.path("jobLocation").path("address").path("addressLocality").asString()).isEqualTo("Kiruna");
		assertThat(ld.path("jobLocation").path("address").path("addressCountry").asString()).isEqualTo("SE");
		assertThat(ld.path("jobLocation").path("geo").path("latitude").asDouble()).isEqualTo(67.85572);
		assertThat(ld.path("baseSalary").path("currency").asString()).isEqualTo("SEK");
		assertThat(ld.path("description").asString()).doesNotContain("<script");
	}

	@Test
	void showsEverySourceLinkAndTheApplyLinkWithoutReferrer() throws Exception {
		Document page = Jsoup
			.parse(fetch(get("/jobs/jobspage:hostile").header("Accept-Language", "en")).getContentAsString());

		assertThat(page.select(".jobs-sources a").eachAttr("href"))
			.containsExactly("https://arbetsformedlingen.example/annons/hostile", "https://apply.example/hostile");
		assertThat(page.select(".jobs-sources a").eachText()).containsExactly("The ad at jobspage",
				"Apply at apply.example");
		assertThat(page.select("a.jobs-apply-link").attr("href")).isEqualTo("https://apply.example/hostile");
		assertThat(page.select("a.jobs-apply-link").attr("rel")).isEqualTo("noopener noreferrer");
		assertThat(page.select(".jobs-details").text()).contains("Swedish (required)")
			.contains("English (an advantage)")
			.contains("SEK50,000 – SEK60,000 per month")
			.contains("67.8557° N, 20.2251° E");
	}

	@Test
	void datesAndAmountsFollowTheReadersLanguage() throws Exception {
		Document page = Jsoup
			.parse(fetch(get("/jobs/jobspage:hostile").header("Accept-Language", "nb")).getContentAsString());

		assertThat(page.select(".jobs-details").text())
			.containsPattern(
					"50[\u00a0\u202f ]000[\u00a0\u202f ]SEK – 60[\u00a0\u202f ]000[\u00a0\u202f ]SEK per måned")
			.contains("67,8557° N");
		assertThat(page.select(".jobs-details").text()).containsPattern("\\d{1,2}\\. [a-zæøå]+\\.? \\d{4}");
	}

	@Test
	void anApplyAddressThatIsNoWebAddressIsNoLink() throws Exception {
		Document page = Jsoup.parse(fetch(get("/jobs/jobspage:similar")).getContentAsString());

		assertThat(page.select("a.jobs-apply-link")).isEmpty();
		assertThat(page.select("a[href^=javascript]")).isEmpty();
	}

	@Test
	void listsSimilarJobs() throws Exception {
		Document page = Jsoup.parse(fetch(get("/jobs/jobspage:hostile")).getContentAsString());

		assertThat(page.select(".jobs-similar .jobs-card a").eachAttr("href")).contains("/jobs/jobspage:similar")
			.doesNotContain("/jobs/jobspage:hostile");
	}

	@Test
	void aSeekerSeesWhyItMatchesAndHowFarFromHome() throws Exception {
		Account seeker = JobsTestData.account(this.accounts, Role.SEEKER);
		this.profiles.save(seeker.id(), JobsTestData.nurseInNarvik());

		Document page = Jsoup.parse(fetch(get("/jobs/jobspage:hostile").header("Accept-Language", "en")
			.with(user(seeker.email()).roles("SEEKER"))).getContentAsString());

		assertThat(page.select(".jobs-why h2").text()).isEqualTo("Why this matches you");
		assertThat(page.select(".jobs-why .match-score").text()).matches("Match \\d{1,3}/100");
		assertThat(page.select(".jobs-why .match-parts li")).as("the reasons, in words").isNotEmpty();
		assertThat(page.select(".jobs-details").text()).containsPattern("1\\d\\d km from Narvik");
		assertThat(page.select(".jobs-mine a").attr("href")).isEqualTo("/seeker/favourites");
	}

	@Test
	void aSeekerFromAnotherCountrySeesWhatTheMoveNeedsAndAVisitorTheCountrysPage() throws Exception {
		Account seeker = JobsTestData.account(this.accounts, Role.SEEKER);
		this.profiles.save(seeker.id(), JobsTestData.nurseInNarvik());

		Document asSeeker = Jsoup.parse(fetch(get("/jobs/jobspage:hostile").header("Accept-Language", "en")
			.with(user(seeker.email()).roles("SEEKER"))).getContentAsString());
		Document anonymous = Jsoup.parse(fetch(get("/jobs/jobspage:hostile")).getContentAsString());

		assertThat(asSeeker.select(".jobs-border .border-checklist .border-item"))
			.as("a job in Sweden for a seeker living in Narvik")
			.isNotEmpty();
		assertThat(anonymous.select(".border-checklist")).isEmpty();
		assertThat(anonymous.select(".jobs-border a").attr("href")).isEqualTo("/living-and-working/se");
	}

	@Test
	void aJobPublishedBySeveralSourcesLinksToEveryOne() throws Exception {
		String id = UUID.randomUUID().toString();
		String text = "<p>Narvik kommune søker sykepleier til sykehjemmet på Frydenlund, fast stilling i "
				+ "turnus med dag, kveld og hver tredje helg. Vi tilbyr god opplæring og et godt arbeidsmiljø.</p>";
		JobPosting nav = JobsTestData.posting("nav", id, "Sykepleier", JobsTestData.NARVIK, 1)
			.employer("Narvik kommune")
			.description(text)
			.sourceUrl(URI.create("https://arbeidsplassen.example/stillinger/" + id))
			.build();
		JobPosting eures = JobsTestData.posting("jobtech", id, "Sykepleier", JobsTestData.NARVIK, 1)
			.employer("Narvik Kommune")
			.description(text)
			.sourceUrl(URI.create("https://arbetsformedlingen.example/annonser/" + id))
			.build();
		this.merger.upsert(nav);
		this.merger.upsert(eures);
		try {
			Document page = Jsoup.parse(fetch(get("/jobs/nav:" + id)).getContentAsString());

			assertThat(page.select(".jobs-sources a").eachAttr("href")).contains(nav.sourceUrl().toString(),
					eures.sourceUrl().toString());
			assertThat(fetch(get("/jobs/jobtech:" + id)).getStatus()).as("merged into the NAV posting").isEqualTo(404);
		}
		finally {
			this.merger.remove(eures.id());
			this.merger.remove(nav.id());
		}
	}

	@Test
	void visitorsWithoutAProfileSeeNoExplanation() throws Exception {
		Account coach = JobsTestData.account(this.accounts, Role.COACH);

		Document anonymous = Jsoup.parse(fetch(get("/jobs/jobspage:hostile")).getContentAsString());
		Document asCoach = Jsoup
			.parse(fetch(get("/jobs/jobspage:hostile").with(user(coach.email()).roles("COACH"))).getContentAsString());

		assertThat(anonymous.select(".jobs-why")).isEmpty();
		assertThat(asCoach.select(".jobs-why")).isEmpty();
		assertThat(asCoach.select("form.jobs-favourite")).isEmpty();
		assertThat(anonymous.select(".jobs-mine")).isEmpty();
		assertThat(asCoach.select(".jobs-mine")).isEmpty();
	}

	@Test
	void unknownJobsAnswerNotFound() throws Exception {
		for (String id : List.of("jobspage:never-saved", "no-colon-here", "BAD:source")) {
			MockHttpServletResponse response = fetch(get("/jobs/" + id).header("Accept-Language", "en"));
			assertThat(response.getStatus()).as(id).isEqualTo(404);
			assertThat(Jsoup.parse(response.getContentAsString()).select("h1").text())
				.isEqualTo("We could not find this job");
		}
	}

	private MockHttpServletResponse fetch(MockHttpServletRequestBuilder request) throws Exception {
		MockHttpServletResponse response = this.mvc.perform(request).andReturn().getResponse();
		response.setCharacterEncoding("UTF-8");
		return response;
	}

}
