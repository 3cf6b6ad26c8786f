package io.arcticmatch.web.jobs;

import java.util.ArrayList;
import java.util.List;

import io.arcticmatch.matcher.concepts.place.Country;
import io.arcticmatch.matcher.posting.JobPosting;
import io.arcticmatch.matcher.posting.PostingPlace;
import io.arcticmatch.matcher.posting.PostingIndex;
import io.arcticmatch.web.WebAppTest;
import io.arcticmatch.web.accounts.Account;
import io.arcticmatch.web.accounts.AccountService;
import io.arcticmatch.web.accounts.Role;
import io.arcticmatch.web.profiles.SeekerProfiles;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

/**
 * The search page against the application's own index. Every posting here has the made-up
 * word {@value #WORD} in its title and the source {@code jobssearch}, so the assertions
 * hold whatever else the shared index holds.
 */
@WebAppTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class JobSearchPageTest {

	private static final String WORD = "srchqzx";

	/** The word of the postings spread over twelve municipalities. */
	private static final String SPREAD = "sprdfcq";

	/**
	 * Twelve municipalities of Nordland, the first with three postings, the second two.
	 */
	private static final List<String> MUNICIPALITIES = List.of("1804", "1806", "1811", "1812", "1813", "1815", "1816",
			"1818", "1820", "1822", "1824", "1825");

	private static final int IN_NORWAY = 21;

	private static final int IN_SWEDEN = 3;

	@Autowired
	private MockMvc mvc;

	@Autowired
	private PostingIndex index;

	@Autowired
	private AccountService accounts;

	@Autowired
	private SeekerProfiles profiles;

	private final List<JobPosting> postings = new ArrayList<>();

	@BeforeAll
	void savePostings() {
		for (int i = 0; i < IN_NORWAY; i++) {
			this.postings
				.add(JobsTestData.posting("jobssearch", "no" + i, "Sykepleier " + WORD, JobsTestData.NARVIK, i % 5)
					.build());
		}
		for (int i = 0; i < IN_SWEDEN; i++) {
			this.postings
				.add(JobsTestData.posting("jobssearch", "se" + i, "Sjuksköterska " + WORD, JobsTestData.KIRUNA, 1)
					.build());
		}
		for (int m = 0; m < MUNICIPALITIES.size(); m++) {
			String code = MUNICIPALITIES.get(m);
			PostingPlace place = new PostingPlace(Country.NO, "18", code, "Kommune " + code,
					JobsTestData.NARVIK.coordinates());
			for (int copy = 0; copy < Math.max(1, 3 - m); copy++) {
				this.postings
					.add(JobsTestData.posting("jobssearch", "spread" + code + "-" + copy, "Lærer " + SPREAD, place, 1)
						.build());
			}
		}
		this.index.save(this.postings);
	}

	@AfterAll
	void deletePostings() {
		this.postings.forEach((posting) -> this.index.delete(posting.id()));
	}

	@Test
	void showsResultCardsWithCountryFacetCounts() throws Exception {
		Document page = page(get("/jobs").param("q", WORD).header("Accept-Language", "en"), 200);

		assertThat(page.select("#results-heading").text()).isEqualTo("24 jobs found");
		assertThat(page.select(".jobs-card")).hasSize(20);
		assertThat(facetLabel(page, "country", "NO")).contains("Norway").contains("(21)");
		assertThat(facetLabel(page, "country", "SE")).contains("Sweden").contains("(3)");
		assertThat(facetLabel(page, "region", "place:NO:region:18")).contains("(21)");
		Element card = page.selectFirst(".jobs-card");
		String id = card.select("h3 a").attr("href").substring("/jobs/jobssearch:".length());
		boolean swedish = id.startsWith("se");
		assertThat(card.select(".jobs-employer").text()).isEqualTo("Employer " + id);
		assertThat(card.select(".jobs-place").text()).contains(swedish ? "Kiruna" : "Narvik");
		assertThat(card.select(".jobs-flag").attr("aria-label")).isEqualTo(swedish ? "Sweden" : "Norway");
		assertThat(card.select(".jobs-flag").text())
			.isEqualTo(swedish ? "\uD83C\uDDF8\uD83C\uDDEA" : "\uD83C\uDDF3\uD83C\uDDF4");
		assertThat(card.select(".jobs-facts").text()).contains("Source").contains("Published");
		assertThat(card.select(".jobs-match")).isEmpty();
		assertThat(card.select("form")).as("only seekers keep favourites").isEmpty();
	}

	@Test
	void aFacetListsItsTenMostFrequentValuesAndLinksToTheRest() throws Exception {
		Document page = page(get("/jobs").param("q", SPREAD).header("Accept-Language", "en"), 200);

		assertThat(page.select("input[name=municipality]")).extracting((box) -> box.attr("value"))
			.containsExactlyElementsOf(
					MUNICIPALITIES.subList(0, 10).stream().map((code) -> "place:NO:" + code).toList());
		assertThat(facetLabel(page, "municipality", "place:NO:1804")).contains("(3)");
		Element more = page.selectFirst("input[name=municipality]").closest("fieldset").selectFirst(".jobs-facet-more");
		assertThat(more.text()).isEqualTo("Show 2 more");
		assertThat(more.attr("aria-label")).isEqualTo("Show 2 more values of Municipality");
		assertThat(more.attr("href")).isEqualTo("/jobs?q=" + SPREAD + "&more=municipality");
		assertThat(page.select("input[name=country]").first().closest("fieldset").select(".jobs-facet-more"))
			.as("a facet of fewer values has no link")
			.isEmpty();

		Document whole = page(get(more.attr("href")).header("Accept-Language", "en"), 200);

		assertThat(whole.select("input[name=municipality]")).hasSize(12);
		assertThat(whole.select(".jobs-facet-more")).isEmpty();
		assertThat(whole.select("#results-heading").text()).isEqualTo("15 jobs found");
	}

	@Test
	void chosenValuesAreAllListedHoweverManyTheyAre() throws Exception {
		MockHttpServletRequestBuilder request = get("/jobs").param("q", SPREAD);
		MUNICIPALITIES.subList(1, 12).forEach((code) -> request.param("municipality", "place:NO:" + code));

		Document page = page(request, 200);

		assertThat(page.select("input[name=municipality][checked]")).hasSize(11);
		assertThat(page.select(".jobs-facet-more")).isEmpty();
	}

	@Test
	void checkedFacetFiltersAndStaysCheckedAndRemovable() throws Exception {
		Document page = page(get("/jobs").param("q", WORD).param("country", "SE").header("Accept-Language", "nb"), 200);

		assertThat(page.select("#results-heading").text()).isEqualTo("3 stillinger funnet");
		assertThat(page.select("input[name=country][value=SE]").hasAttr("checked")).isTrue();
		assertThat(page.select(".jobs-chips a").first().attr("href")).isEqualTo("/jobs?q=" + WORD);
		assertThat(page.select(".jobs-chips a").first().attr("aria-label")).isEqualTo("Fjern filteret Land: Sverige");
	}

	@Test
	void pagingLinksKeepTheWholeQuery() throws Exception {
		Document page = page(get("/jobs?q=" + WORD + "&country=NO&size=5&sort=newest"), 200);

		assertThat(page.select(".jobs-card")).hasSize(5);
		String next = page.select(".jobs-paging a[rel=next]").attr("href");
		assertThat(next).isEqualTo("/jobs?q=" + WORD + "&country=NO&size=5&sort=newest&page=1");
		Document second = page(get(next), 200);
		assertThat(second.select(".jobs-paging [aria-current=page]").text()).isEqualTo("2");
		assertThat(second.select(".jobs-paging a[rel=prev]").attr("href"))
			.isEqualTo("/jobs?q=" + WORD + "&country=NO&size=5&sort=newest");
		assertThat(second.select("select[name=sort] option[selected]").val()).isEqualTo("newest");
		assertThat(second.select(".jobs-card a[href*=jobssearch]")).hasSize(5)
			.allSatisfy((link) -> assertThat(link.text()).contains("Sykepleier"));
	}

	@Test
	void invalidParametersAreShownAsFormErrorsInTheReadersLanguage() throws Exception {
		Document english = page(get("/jobs").param("q", WORD)
			.param("size", "lots")
			.param("country", "DK")
			.param("sort", "distance")
			.header("Accept-Language", "en"), 400);
		assertThat(english.select(".jobs-problems li").eachText()).contains(
				"Results per page: Write a whole number, not 'lots'.", "Country: Choose one of NO, SE, FI, not 'DK'.");
		assertThat(english.select("input[name=country][type=hidden][value=DK]")).as("what was asked is kept")
			.hasSize(1);
		assertThat(english.select("#q").val()).isEqualTo(WORD);

		Document norwegian = page(get("/jobs").param("q", WORD)
			.param("size", "lots")
			.param("country", "DK")
			.header("Accept-Language", "nb"), 400);
		assertThat(norwegian.select(".jobs-problems li").eachText())
			.contains("Treff per side: Skriv et heltall, ikke 'lots'.", "Land: Velg en av NO, SE, FI, ikke 'DK'.");
	}

	@Test
	void noResultsSuggestsRemovingFilters() throws Exception {
		Document page = page(get("/jobs").param("q", WORD).param("country", "FI").header("Accept-Language", "en"), 200);

		assertThat(page.select(".jobs-card")).isEmpty();
		assertThat(page.select(".jobs-empty").text()).contains("No jobs match this search.")
			.contains("Try removing one of the filters");
		assertThat(page.select(".jobs-chips a").first().attr("href")).isEqualTo("/jobs?q=" + WORD);
		assertThat(page.select("input[name=country][value=FI][checked]")).as("still there to uncheck").hasSize(1);
	}

	@Test
	void aSeekerWithAProfileSeesAMatchBadgeAndAFavouriteButton() throws Exception {
		Account seeker = JobsTestData.account(this.accounts, Role.SEEKER);
		this.profiles.save(seeker.id(), JobsTestData.nurseInNarvik());

		Document page = page(get("/jobs").param("q", WORD)
			.param("country", "SE")
			.header("Accept-Language", "en")
			.with(user(seeker.email()).roles("SEEKER")), 200);

		assertThat(page.select(".jobs-card .jobs-badge")).hasSize(3)
			.allSatisfy((badge) -> assertThat(badge.text()).matches("Match \\d{1,3} of 100"));
		assertThat(page.select(".jobs-card form[action=/seeker/favourites] input[name=returnTo]").first().val())
			.isEqualTo("/jobs?q=" + WORD + "&country=SE");
		assertThat(page.select("a.jobs-save-alert").attr("href")).as("save the search as a job alert")
			.startsWith("/seeker/alerts?query=")
			.contains("country%3DSE");
	}

	@Test
	void distanceFromAPlaceIsShownAndSortable() throws Exception {
		Document page = page(get("/jobs").param("q", WORD)
			.param("near", "Narvik")
			.param("withinKm", "500")
			.param("sort", "distance")
			.header("Accept-Language", "en"), 200);

		assertThat(page.select(".jobs-card .jobs-distance").first().text()).isEqualTo("(0.0 km away)");
		assertThat(page.select(".jobs-chips").text()).contains("Distance from: Narvik").contains("At most km: 500");
	}

	private Document page(MockHttpServletRequestBuilder request, int status) throws Exception {
		var response = this.mvc.perform(request).andReturn().getResponse();
		assertThat(response.getStatus()).isEqualTo(status);
		response.setCharacterEncoding("UTF-8");
		return Jsoup.parse(response.getContentAsString());
	}

	private static String facetLabel(Document page, String parameter, String value) {
		Element box = page.selectFirst("input[name=" + parameter + "][value=" + value + "]");
		assertThat(box).as("%s=%s offered", parameter, value).isNotNull();
		return page.select("label[for=" + box.id() + "]").text();
	}

}
