package io.arcticmatch.web.search;

import java.math.BigDecimal;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.Currency;
import java.util.List;

import io.arcticmatch.matcher.concepts.place.Country;
import io.arcticmatch.matcher.concepts.place.GeoPoint;
import io.arcticmatch.matcher.posting.EmploymentType;
import io.arcticmatch.matcher.posting.JobPosting;
import io.arcticmatch.matcher.posting.LanguageRequirement;
import io.arcticmatch.matcher.posting.PostingId;
import io.arcticmatch.matcher.posting.PostingIndex;
import io.arcticmatch.matcher.posting.PostingOccupation;
import io.arcticmatch.matcher.posting.PostingPlace;
import io.arcticmatch.matcher.posting.PostingStatus;
import io.arcticmatch.matcher.posting.RemoteMode;
import io.arcticmatch.matcher.posting.Salary;
import io.arcticmatch.matcher.posting.SalaryPeriod;
import io.arcticmatch.web.WebAppTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.greaterThan;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.lessThan;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The search API against the application's own posting index. Every posting here has the
 * made-up word {@value #WORD} in its title and the source {@code apitest}, so the
 * assertions hold whatever other tests put into the shared index.
 */
@WebAppTest
class PostingSearchApiTest {

	private static final String WORD = "apiqzx";

	private static final PostingOccupation NURSE = new PostingOccupation("isco08:2221", null, "2221", 1.0);

	private static final PostingOccupation TEACHER = new PostingOccupation("isco08:2341", null, "2341", 1.0);

	private static final Instant NOW = Instant.now();

	private static final JobPosting NARVIK_NURSE = JobPosting
		.builder(new PostingId("apitest", "1"), "Sykepleier " + WORD,
				new PostingPlace(Country.NO, "18", "1806", "Narvik", new GeoPoint(68.43838, 17.4272)),
				NOW.minus(Duration.ofDays(1)))
		.employer("Narvik kommune")
		.description("<p>Vi søker en sykepleier til sykehjemmet.</p>")
		.language("nb")
		.occupation(NURSE)
		.language(new LanguageRequirement("nb", true))
		.drivingLicence("licence:B")
		.employmentType(EmploymentType.PERMANENT)
		.remote(RemoteMode.ON_SITE)
		.salary(new Salary(new BigDecimal("50000"), null, Currency.getInstance("NOK"), SalaryPeriod.MONTH))
		.sourceUrl(URI.create("https://example.org/ads/apitest-1"))
		.build();

	private static final JobPosting KIRUNA_NURSE = JobPosting
		.builder(new PostingId("apitest", "2"), "Sjuksköterska " + WORD,
				new PostingPlace(Country.SE, "25", "2584", "Kiruna", new GeoPoint(67.85572, 20.22513)),
				NOW.minus(Duration.ofDays(2)))
		.employer("Region Norrbotten")
		.description("<p>Vi söker en sjuksköterska.</p>")
		.language("sv")
		.occupation(NURSE)
		.language(new LanguageRequirement("sv", true))
		.employmentType(EmploymentType.TEMPORARY)
		.build();

	private static final JobPosting ROVANIEMI_TEACHER = JobPosting
		.builder(new PostingId("apitest", "3"), "Opettaja " + WORD,
				new PostingPlace(Country.FI, "19", "698", "Rovaniemi", new GeoPoint(66.50394, 25.72939)),
				NOW.minus(Duration.ofDays(3)))
		.employer("Rovaniemen kaupunki")
		.description("<p>Haemme opettajaa.</p>")
		.language("fi")
		.occupation(TEACHER)
		.employmentType(EmploymentType.PERMANENT)
		.salary(new Salary(new BigDecimal("3500"), null, Currency.getInstance("EUR"), SalaryPeriod.MONTH))
		.build();

	private static final JobPosting FILLED_NURSE = JobPosting
		.builder(new PostingId("apitest", "4"), NARVIK_NURSE.title(), NARVIK_NURSE.place(), NARVIK_NURSE.published())
		.occupation(NURSE)
		.status(PostingStatus.INACTIVE)
		.build();

	private static final List<JobPosting> POSTINGS = List.of(NARVIK_NURSE, KIRUNA_NURSE, ROVANIEMI_TEACHER,
			FILLED_NURSE);

	@Autowired
	private MockMvc mvc;

	@Autowired
	private PostingIndex index;

	@BeforeEach
	void savePostings() {
		this.index.save(POSTINGS);
	}

	@AfterEach
	void deletePostings() {
		POSTINGS.forEach((posting) -> this.index.delete(posting.id()));
	}

	@Test
	void findsActivePostingsByText() throws Exception {
		search("q=" + WORD).andExpect(status().isOk())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_JSON))
			.andExpect(jsonPath("$.totalHits").value(3))
			.andExpect(jsonPath("$.postings[*].id").value(containsInAnyOrder("apitest:1", "apitest:2", "apitest:3")));
	}

	@Test
	void summaryNamesPlaceAndOccupationInTheCallersLanguage() throws Exception {
		search("q=" + WORD + "&country=NO", "en").andExpect(jsonPath("$.totalHits").value(1))
			.andExpect(jsonPath("$.postings[0].id").value("apitest:1"))
			.andExpect(jsonPath("$.postings[0].title").value("Sykepleier " + WORD))
			.andExpect(jsonPath("$.postings[0].employer").value("Narvik kommune"))
			.andExpect(jsonPath("$.postings[0].place.name").value("Narvik"))
			.andExpect(jsonPath("$.postings[0].place.country").value("NO"))
			.andExpect(jsonPath("$.postings[0].place.coordinates.latitude").value(68.43838))
			.andExpect(jsonPath("$.postings[0].occupation.isco").value("2221"))
			.andExpect(jsonPath("$.postings[0].occupation.label").value(containsString("urs")))
			.andExpect(jsonPath("$.postings[0].employmentType").value("PERMANENT"))
			.andExpect(jsonPath("$.postings[0].remote").value("ON_SITE"))
			.andExpect(jsonPath("$.postings[0].salary.currency").value("NOK"))
			.andExpect(jsonPath("$.postings[0].sourceUrl").value("https://example.org/ads/apitest-1"))
			.andExpect(jsonPath("$.postings[0].distanceKm").doesNotExist());
	}

	@Test
	void filtersKeepOnlyMatchingPostings() throws Exception {
		search("q=" + WORD + "&country=SE").andExpect(jsonPath("$.postings[*].id").value(contains("apitest:2")));
		search("q=" + WORD + "&country=SE,FI").andExpect(jsonPath("$.totalHits").value(2));
		search("q=" + WORD + "&employmentType=permanent&isco=2")
			.andExpect(jsonPath("$.postings[*].id").value(containsInAnyOrder("apitest:1", "apitest:3")));
		search("q=" + WORD + "&municipality=place:SE:2584")
			.andExpect(jsonPath("$.postings[*].id").value(contains("apitest:2")));
		search("q=" + WORD + "&language=sv").andExpect(jsonPath("$.postings[*].id").value(contains("apitest:2")));
		search("q=" + WORD + "&licence=B").andExpect(jsonPath("$.postings[*].id").value(contains("apitest:1")));
	}

	@Test
	void salaryFilterKeepsPostingsWithoutSalaryUnlessAskedNotTo() throws Exception {
		// 50 000 NOK a month is about 4 250 EUR; the teacher's 3 500 EUR is below 4 000
		search("q=" + WORD + "&salaryMin=4000")
			.andExpect(jsonPath("$.postings[*].id").value(containsInAnyOrder("apitest:1", "apitest:2")));
		search("q=" + WORD + "&salaryMin=4000&salaryStatedOnly=true")
			.andExpect(jsonPath("$.postings[*].id").value(contains("apitest:1")));
		// 45 000 NOK a month is about 3 825 EUR, above the teacher's 3 500
		search("q=" + WORD + "&salaryMin=45000&currency=NOK&salaryStatedOnly=true")
			.andExpect(jsonPath("$.postings[*].id").value(contains("apitest:1")));
	}

	@Test
	void facetsCountEveryMatchWithLabelsInTheCallersLanguage() throws Exception {
		search("q=" + WORD, "fi")
			.andExpect(jsonPath("$.facets.country[?(@.value == 'NO')].label").value(contains("Norja")))
			.andExpect(jsonPath("$.facets.country[?(@.value == 'NO')].count").value(contains(1)))
			.andExpect(jsonPath("$.facets.isco[?(@.value == '2221')].count").value(contains(2)))
			.andExpect(
					jsonPath("$.facets.municipality[?(@.value == 'place:SE:2584')].label").value(contains("Kiiruna")))
			.andExpect(jsonPath("$.facets.employmentType[?(@.value == 'PERMANENT')].count").value(contains(2)))
			.andExpect(
					jsonPath("$.facets.employmentType[?(@.value == 'PERMANENT')].label").value(contains("Vakituinen")));
	}

	@Test
	void pagesTellTheTotals() throws Exception {
		search("q=" + WORD + "&sort=newest&size=2&page=1").andExpect(jsonPath("$.totalHits").value(3))
			.andExpect(jsonPath("$.totalPages").value(2))
			.andExpect(jsonPath("$.page").value(1))
			.andExpect(jsonPath("$.size").value(2))
			.andExpect(jsonPath("$.postings[*].id").value(contains("apitest:3")));
		search("q=" + WORD + "&sort=newest&size=2")
			.andExpect(jsonPath("$.postings[*].id").value(contains("apitest:1", "apitest:2")));
	}

	@Test
	void distanceFromANamedPlaceFiltersAndSortsAcrossBorders() throws Exception {
		search("q=" + WORD + "&near=Narvik&withinKm=150&sort=distance")
			.andExpect(jsonPath("$.postings[*].id").value(contains("apitest:1", "apitest:2")))
			.andExpect(jsonPath("$.postings[0].distanceKm").value(lessThan(5.0)))
			.andExpect(jsonPath("$.postings[1].distanceKm").value(allOf(greaterThan(100.0), lessThan(150.0))));
		search("q=" + WORD + "&near=place:NO:1806&withinKm=100").andExpect(jsonPath("$.totalHits").value(1));
	}

	@Test
	void aPostingIsFoundByItsIdWithTheColon() throws Exception {
		this.mvc.perform(get("/api/postings/{id}", "apitest:1"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.title").value("Sykepleier " + WORD))
			.andExpect(jsonPath("$.id.source").value("apitest"))
			.andExpect(jsonPath("$.id.sourceId").value("1"))
			.andExpect(jsonPath("$.description").value("<p>Vi søker en sykepleier til sykehjemmet.</p>"));
		this.mvc.perform(get("/api/postings/apitest:4"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.status").value("INACTIVE"));
	}

	@Test
	void anUnknownPostingIsAProblemDetail404() throws Exception {
		this.mvc.perform(get("/api/postings/apitest:missing").header("Accept-Language", "en"))
			.andExpect(status().isNotFound())
			.andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.status").value(404))
			.andExpect(jsonPath("$.type").value("urn:arcticmatch:problem:posting-not-found"))
			.andExpect(jsonPath("$.title").value("Posting not found"))
			.andExpect(jsonPath("$.detail").value(containsString("'apitest:missing'")))
			.andExpect(jsonPath("$.instance").value("/api/postings/apitest:missing"));
		this.mvc.perform(get("/api/postings/apitest:missing/similar")).andExpect(status().isNotFound());
	}

	@Test
	void badParametersAreProblemDetailsNamingEachParameter() throws Exception {
		String[][] cases = { { "country=XX", "country" }, { "page=-1", "page" }, { "size=500", "size" },
				{ "size=abc", "size" }, { "isco=abc", "isco" }, { "near=Atlantis", "near" },
				{ "sort=distance", "sort" }, { "sort=cheapest", "sort" },
				{ "salaryMin=5000&salaryMax=100", "salaryMax" }, { "salaryMin=lots", "salaryMin" },
				{ "currency=USD", "currency" }, { "withinKm=50", "withinKm" },
				{ "near=Narvik&withinKm=-5", "withinKm" }, { "publishedWithinDays=0", "publishedWithinDays" },
				{ "remote=sometimes", "remote" }, { "region=Nordland", "region" }, { "licence=Z9", "licence" },
				{ "salaryStatedOnly=maybe", "salaryStatedOnly" }, { "page=600", "page" } };
		for (String[] bad : cases) {
			search(bad[0], "en").andExpect(status().isBadRequest())
				.andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON))
				.andExpect(jsonPath("$.type").value("urn:arcticmatch:problem:invalid-parameters"))
				.andExpect(jsonPath("$.title").value("Invalid request"))
				.andExpect(jsonPath("$.status").value(400))
				.andExpect(jsonPath("$.detail").value(containsString(bad[1] + ": ")))
				.andExpect(jsonPath("$.errors", hasSize(1)))
				.andExpect(jsonPath("$.errors[0].parameter").value(bad[1]))
				.andExpect(jsonPath("$.errors[0].message").value(not("")));
		}
	}

	@Test
	void everyBadParameterIsReportedAtOnceInTheCallersLanguage() throws Exception {
		search("country=XX&size=500&isco=abc", "sv").andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.title").value("Ogiltig förfrågan"))
			.andExpect(jsonPath("$.errors[*].parameter").value(containsInAnyOrder("country", "size", "isco")))
			.andExpect(jsonPath("$.errors[?(@.parameter == 'size')].message")
				.value(contains("En sida rymmer 1 till 100 annonser, inte 500.")))
			.andExpect(jsonPath("$.errors[?(@.parameter == 'country')].message")
				.value(contains("Välj en av NO, SE, FI, inte 'XX'.")));
	}

	@Test
	void similarJobsShareTheOccupationAndNeverIncludeThePostingItself() throws Exception {
		this.mvc.perform(get("/api/postings/apitest:1/similar?limit=50"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.postings[*].id").value(hasItem("apitest:2")))
			.andExpect(jsonPath("$.postings[*].id").value(not(hasItem("apitest:1"))))
			.andExpect(jsonPath("$.postings[*].id").value(not(hasItem("apitest:4"))));
	}

	@Test
	void similarJobsCheckTheirLimit() throws Exception {
		for (String limit : new String[] { "0", "51", "abc" }) {
			this.mvc.perform(get("/api/postings/apitest:1/similar").param("limit", limit))
				.andExpect(status().isBadRequest())
				.andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON))
				.andExpect(jsonPath("$.errors[0].parameter").value("limit"));
		}
		this.mvc.perform(get("/api/postings/no-colon"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].parameter").value("id"));
	}

	@Test
	void theOpenApiDescriptionListsTheApiAndIsPublic() throws Exception {
		this.mvc.perform(get("/v3/api-docs"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.paths['/api/postings'].get.parameters[*].name").value(hasItem("country")))
			.andExpect(jsonPath("$.paths['/api/postings'].get.responses['200'].content['application/json']").exists())
			.andExpect(jsonPath("$.paths['/api/postings'].get.responses['400'].content['application/problem+json']")
				.exists())
			.andExpect(jsonPath("$.paths['/api/postings/{id}'].get").exists())
			.andExpect(jsonPath("$.paths['/api/postings/{id}/similar'].get").exists())
			.andExpect(jsonPath("$.paths['/signup']").doesNotExist());
		this.mvc.perform(get("/swagger-ui/index.html")).andExpect(status().isOk());
	}

	private ResultActions search(String query) throws Exception {
		return search(query, "en");
	}

	private ResultActions search(String query, String language) throws Exception {
		return this.mvc.perform(get("/api/postings?" + query).header("Accept-Language", language));
	}

}
