package io.arcticmatch.web.seekers;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;

import io.arcticmatch.matcher.concepts.language.CefrLevel;
import io.arcticmatch.matcher.concepts.place.Country;
import io.arcticmatch.matcher.concepts.place.GeoPoint;
import io.arcticmatch.matcher.matching.Home;
import io.arcticmatch.matcher.matching.LanguageSkill;
import io.arcticmatch.matcher.matching.Mobility;
import io.arcticmatch.matcher.matching.PostingScorer;
import io.arcticmatch.matcher.matching.SeekerProfile;
import io.arcticmatch.matcher.posting.JobPosting;
import io.arcticmatch.matcher.posting.LanguageRequirement;
import io.arcticmatch.matcher.posting.PostingId;
import io.arcticmatch.matcher.posting.PostingIndex;
import io.arcticmatch.matcher.posting.PostingOccupation;
import io.arcticmatch.matcher.posting.PostingPlace;
import io.arcticmatch.web.WebAppTest;
import io.arcticmatch.web.accounts.AccountId;
import io.arcticmatch.web.accounts.AccountService;
import io.arcticmatch.web.accounts.NewAccount;
import io.arcticmatch.web.accounts.Role;
import io.arcticmatch.web.profiles.SeekerProfiles;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The matches page ranks postings indexed here (hunters and trappers, an occupation no
 * other test uses, under ids unique to each test) by the matcher's score.
 */
@WebAppTest
class MatchesPageTest {

	private static final GeoPoint NARVIK = new GeoPoint(68.43838, 17.4272);

	private static final PostingOccupation HUNTER = new PostingOccupation("isco08:6224", null, "6224", 1.0);

	@Autowired
	private MockMvc mvc;

	@Autowired
	private AccountService accounts;

	@Autowired
	private SeekerProfiles profiles;

	@Autowired
	private PostingIndex index;

	@Autowired
	private PostingScorer scorer;

	private final List<JobPosting> indexed = new ArrayList<>();

	@AfterEach
	void removePostings() {
		this.indexed.forEach((posting) -> this.index.delete(posting.id()));
	}

	@Test
	void matchesAreListedBestFirstWithScoreAndReasons() throws Exception {
		String source = "seekerstest" + UUID.randomUUID().toString().substring(0, 8);
		JobPosting narvik = posting(source, "1", "Fangstmann Narvik",
				new PostingPlace(Country.NO, "18", "1806", "Narvik", NARVIK))
			.language(new LanguageRequirement("nb", true))
			.drivingLicence("licence:B")
			.build();
		JobPosting kiruna = posting(source, "2", "Jägare Kiruna",
				new PostingPlace(Country.SE, "25", "2584", "Kiruna", new GeoPoint(67.85572, 20.22513)))
			.build();
		JobPosting rovaniemi = posting(source, "3", "Metsästäjä Rovaniemi",
				new PostingPlace(Country.FI, "19", "698", "Rovaniemi", new GeoPoint(66.50394, 25.72939)))
			.language(new LanguageRequirement("fi", true))
			.drivingLicence("licence:CE")
			.build();
		index(narvik, kiruna, rovaniemi);
		String email = newSeeker();
		SeekerProfile profile = hunterInNarvik();
		this.profiles.save(idOf(email), profile);

		Document page = page(email, "/seeker/matches");

		List<String> shown = page.select("li.match[data-posting]")
			.stream()
			.map((match) -> match.attr("data-posting"))
			.filter((id) -> id.startsWith(source))
			.toList();
		List<String> byScore = List.of(narvik, kiruna, rovaniemi)
			.stream()
			.sorted(Comparator.comparing((JobPosting posting) -> this.scorer.score(profile, posting)).reversed())
			.map((posting) -> posting.id().toString())
			.toList();
		assertThat(shown).containsExactlyElementsOf(byScore);
		assertThat(shown.get(0)).isEqualTo(narvik.id().toString());
		Element best = page.selectFirst("li.match[data-posting=" + narvik.id() + "]");
		assertThat(best.selectFirst("h2 a").attr("href")).isEqualTo("/jobs/" + narvik.id());
		long score = Math.round(this.scorer.score(profile, narvik).value());
		assertThat(best.selectFirst(".match-score").text()).isEqualTo("Match " + score + "/100");
		assertThat(best.select(".match-parts dt").eachText())
			.anySatisfy((part) -> assertThat(part).startsWith("Occupation"))
			.anySatisfy((part) -> assertThat(part).startsWith("Place"));
		assertThat(best.select(".match-parts li").eachText())
			.anySatisfy((line) -> assertThat(line).startsWith("Licence").contains("covers it"))
			.anySatisfy((line) -> assertThat(line).contains("km from Narvik"));
		assertThat(best.text()).contains("Narvik, Norway");
	}

	@Test
	void manyMatchesArePaged() throws Exception {
		String source = "seekerstest" + UUID.randomUUID().toString().substring(0, 8);
		List<JobPosting> many = new ArrayList<>();
		for (int i = 0; i < MatchesController.PAGE_SIZE + 5; i++) {
			many.add(posting(source, Integer.toString(i), "Fangstmann " + i,
					new PostingPlace(Country.NO, "18", "1806", "Narvik", NARVIK))
				.build());
		}
		index(many.toArray(JobPosting[]::new));
		String email = newSeeker();
		this.profiles.save(idOf(email), hunterInNarvik());

		Document first = page(email, "/seeker/matches");
		Document second = page(email, "/seeker/matches?page=2");

		assertThat(first.select("li.match")).hasSize(MatchesController.PAGE_SIZE);
		assertThat(first.selectFirst(".pager a[rel=next]")).isNotNull();
		assertThat(second.selectFirst(".matches-count").text()).startsWith("Matches 21–");
		assertThat(second.selectFirst("ol.match-list").attr("start")).isEqualTo("21");
		assertThat(second.selectFirst(".pager a[rel=prev]").attr("href")).isEqualTo("/seeker/matches?page=1");
		List<String> all = new ArrayList<>(first.select("li.match").eachAttr("data-posting"));
		all.addAll(second.select("li.match").eachAttr("data-posting"));
		assertThat(all).doesNotHaveDuplicates()
			.containsAll(many.stream().map((posting) -> posting.id().toString()).toList());
	}

	@Test
	void withoutAProfileThePageLeadsToTheProfile() throws Exception {
		Document page = page(newSeeker(), "/seeker/matches");

		assertThat(page.select("li.match")).isEmpty();
		assertThat(page.selectFirst("main .empty").text()).contains("We need your profile");
		assertThat(page.selectFirst("main .empty a").attr("href")).isEqualTo("/seeker/profile");
	}

	@Test
	void aProfileThatMatchesNothingSaysSo() throws Exception {
		String email = newSeeker();
		this.profiles.save(idOf(email), SeekerProfile.builder().build());

		Document page = page(email, "/seeker/matches");

		assertThat(page.select("li.match")).isEmpty();
		assertThat(page.selectFirst("main .empty").text()).contains("No jobs match your profile right now.");
	}

	private SeekerProfile hunterInNarvik() {
		return SeekerProfile.builder()
			.occupation("isco08:6224", 5)
			.language(new LanguageSkill("nb", CefrLevel.NATIVE))
			.drivingLicence("licence:B")
			.home(new Home(NARVIK, "Narvik"))
			.mobility(Country.NO, Mobility.commute(50))
			.mobility(Country.SE, Mobility.commute(50))
			.mobility(Country.FI, Mobility.commute(50))
			.build();
	}

	private static JobPosting.Builder posting(String source, String id, String title, PostingPlace place) {
		return JobPosting.builder(new PostingId(source, id), title, place, Instant.now().minus(Duration.ofDays(1)))
			.employer("Arctic Hunting AS")
			.description("<p>" + title + "</p>")
			.language("nb")
			.occupation(HUNTER);
	}

	private void index(JobPosting... postings) {
		this.indexed.addAll(List.of(postings));
		this.index.save(List.of(postings));
	}

	private Document page(String email, String path) throws Exception {
		String html = this.mvc.perform(get(path).with(user(email).roles("SEEKER")).header("Accept-Language", "en"))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		return Jsoup.parse(html);
	}

	private String newSeeker() {
		String email = "matches-" + UUID.randomUUID() + "@example.no";
		this.accounts.open(new NewAccount(email, "Mats Seeker", "a long password here", Role.SEEKER));
		return email;
	}

	private AccountId idOf(String email) {
		return this.accounts.findByEmail(email).orElseThrow().id();
	}

}
