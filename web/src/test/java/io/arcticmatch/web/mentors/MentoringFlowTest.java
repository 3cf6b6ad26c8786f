package io.arcticmatch.web.mentors;

import java.time.LocalDate;
import java.util.UUID;

import io.arcticmatch.matcher.concepts.Concepts;
import io.arcticmatch.matcher.concepts.language.CefrLevel;
import io.arcticmatch.matcher.matching.Home;
import io.arcticmatch.matcher.matching.LanguageSkill;
import io.arcticmatch.matcher.matching.SeekerProfile;
import io.arcticmatch.web.WebAppTest;
import io.arcticmatch.web.accounts.AccountId;
import io.arcticmatch.web.accounts.AccountService;
import io.arcticmatch.web.accounts.NewAccount;
import io.arcticmatch.web.accounts.Role;
import io.arcticmatch.web.mentors.Values.Pair;
import io.arcticmatch.web.profiles.SeekerProfiles;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

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
 * A pairing from the mentor's offer to the pair's end, through the pages.
 */
@WebAppTest
class MentoringFlowTest {

	@Autowired
	private MockMvc mvc;

	@Autowired
	private AccountService accounts;

	@Autowired
	private SeekerProfiles profiles;

	@Autowired
	private MentorProgramme programme;

	@Autowired
	private Concepts concepts;

	@Test
	void fromOfferAndRequestThroughPairingAcceptanceAndMeetingsToTheEnd() throws Exception {
		String unique = UUID.randomUUID().toString();
		String mentorEmail = "mentor-" + unique + "@example.no";
		String menteeEmail = "mentee-" + unique + "@example.no";
		String coachEmail = "coach-" + unique + "@example.no";
		AccountId mentor = this.accounts
			.open(new NewAccount(mentorEmail, "Mona Mentor " + unique, "a long enough password", Role.SEEKER));
		AccountId mentee = this.accounts
			.open(new NewAccount(menteeEmail, "Nadia Newcomer", "a long enough password", Role.SEEKER));
		this.accounts.open(new NewAccount(coachEmail, "Kari Coach", "a long enough password", Role.COACH));
		String welder = this.concepts.occupations().byLabel("welder").get(0).id();
		this.profiles.save(mentee,
				SeekerProfile.builder()
					.occupation(welder, 5)
					.language(new LanguageSkill("ar", CefrLevel.C2))
					.home(new Home(this.concepts.places().findByName("Narvik").get(0).location(), "Narvik"))
					.build());

		// the mentor offers; an unknown occupation is refused with a clear message first
		this.mvc
			.perform(post("/mentoring/mentor").with(csrf())
				.with(user(mentorEmail).roles("SEEKER"))
				.header("Accept-Language", "en")
				.param("occupations", "dragon tamer")
				.param("languages", "ar", "nb")
				.param("place", "Narvik")
				.param("hoursPerMonth", "4"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("We do not know the occupation")));
		this.mvc
			.perform(post("/mentoring/mentor").with(csrf())
				.with(user(mentorEmail).roles("SEEKER"))
				.param("occupations", "welder")
				.param("languages", "ar", "nb")
				.param("place", "Narvik")
				.param("hoursPerMonth", "4")
				.param("about", "Welder for 20 years."))
			.andExpect(redirectedUrl("/mentoring/mentor"));
		assertThat(this.programme.mentor(mentor)).get()
			.extracting(Values.Mentor::status)
			.isEqualTo(MentorStatus.PENDING);

		// the coordinator approves; the mentee asks
		this.mvc
			.perform(post("/coach/mentoring/mentors/" + mentor.value() + "/approve").with(csrf())
				.with(user(coachEmail).roles("COACH")))
			.andExpect(redirectedUrl("/coach/mentoring"));
		this.mvc
			.perform(post("/seeker/mentoring/request").with(csrf())
				.with(user(menteeEmail).roles("SEEKER"))
				.param("wishes", "Understand Norwegian welding certificates"))
			.andExpect(redirectedUrl("/seeker/mentoring"));
		UUID request = this.programme.liveRequest(mentee).orElseThrow().id();

		// the proposal names the mentor with its reasons; the coordinator confirms the
		// pair
		this.mvc
			.perform(get("/coach/mentoring/requests/" + request).header("Accept-Language", "en")
				.with(user(coachEmail).roles("COACH")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Mona Mentor " + unique + " (100 points)")))
			.andExpect(content().string(containsString("same occupation: welder")))
			.andExpect(content().string(containsString("shared languages: ar")))
			.andExpect(content().string(containsString("0 km apart (mentor in Narvik)")));
		this.mvc
			.perform(post("/coach/mentoring/requests/" + request + "/pair").with(csrf())
				.with(user(coachEmail).roles("COACH"))
				.param("mentor", mentor.value().toString()))
			.andExpect(redirectedUrl("/coach/mentoring"));
		Pair pair = this.programme.pairsOf(mentee).get(0);
		assertThat(pair.status()).isEqualTo(PairStatus.PROPOSED);

		// before the mentee accepts, the mentor does not see the mentee's profile
		this.mvc
			.perform(get("/mentoring/pairs/" + pair.id()).header("Accept-Language", "en")
				.with(user(mentorEmail).roles("SEEKER")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("once they have accepted")))
			.andExpect(content().string(not(containsString("<dd>Narvik</dd>"))));
		this.mvc
			.perform(post("/seeker/mentoring/pairs/" + pair.id() + "/accept").with(csrf())
				.with(user(menteeEmail).roles("SEEKER")))
			.andExpect(redirectedUrl("/mentoring/pairs/" + pair.id()));
		this.mvc
			.perform(get("/mentoring/pairs/" + pair.id()).header("Accept-Language", "en")
				.with(user(mentorEmail).roles("SEEKER")))
			.andExpect(content().string(containsString("<dd>Narvik</dd>")))
			.andExpect(content().string(containsString("<dd>welder</dd>")));

		// goals and a first meeting, then the mentee ends it with a reason
		this.mvc
			.perform(post("/mentoring/pairs/" + pair.id() + "/goals").with(csrf())
				.with(user(menteeEmail).roles("SEEKER"))
				.param("goals", "Get a welding certificate recognised"))
			.andExpect(status().is3xxRedirection());
		this.mvc
			.perform(post("/mentoring/pairs/" + pair.id() + "/meetings").with(csrf())
				.with(user(mentorEmail).roles("SEEKER"))
				.param("metOn", LocalDate.now(java.time.ZoneOffset.UTC).toString())
				.param("note", "Coffee at the library"))
			.andExpect(status().is3xxRedirection());
		this.mvc
			.perform(post("/mentoring/pairs/" + pair.id() + "/end").with(csrf())
				.with(user(menteeEmail).roles("SEEKER"))
				.param("reason", "I found a job"))
			.andExpect(status().is3xxRedirection());

		Pair ended = this.programme.pairFor(mentee, pair.id());
		assertThat(ended.status()).isEqualTo(PairStatus.ENDED);
		assertThat(ended.endReason()).isEqualTo("I found a job");
		assertThat(ended.goals()).isEqualTo("Get a welding certificate recognised");
		assertThat(this.programme.meetings(mentor, pair.id())).singleElement()
			.satisfies((meeting) -> assertThat(meeting.note()).isEqualTo("Coffee at the library"));

		MvcResult csv = this.mvc.perform(get("/coach/mentoring/indicators.csv").with(user(coachEmail).roles("COACH")))
			.andExpect(status().isOk())
			.andReturn();
		assertThat(csv.getResponse().getContentType()).startsWith("text/csv");
		assertThat(csv.getResponse().getContentAsString()).startsWith("indicator,value\r\n")
			.contains("pairs_ended,", "meetings_logged,", "mentors_approved,");
	}

	@Test
	void aDeclinedPairOpensTheRequestAgain() {
		AccountId coordinator = this.accounts
			.open(new NewAccount("c-" + UUID.randomUUID() + "@example.no", "C", "a long enough password", Role.COACH));
		AccountId mentor = this.accounts
			.open(new NewAccount("m-" + UUID.randomUUID() + "@example.no", "M", "a long enough password", Role.SEEKER));
		AccountId mentee = this.accounts
			.open(new NewAccount("e-" + UUID.randomUUID() + "@example.no", "E", "a long enough password", Role.SEEKER));
		this.programme.offer(mentor,
				new Values.MentorOffer(java.util.List.of(), java.util.Set.of("en"), "Kiruna", 2, ""));
		this.programme.decide(coordinator, mentor, true);
		UUID request = this.programme.request(mentee, "");
		UUID pair = this.programme.confirmPair(coordinator, request, mentor);

		this.programme.answer(mentee, pair, false);

		assertThat(this.programme.liveRequest(mentee)).get().extracting(Values.MentorRequest::status).isEqualTo("OPEN");
		assertThat(this.programme.pairFor(mentee, pair).status()).isEqualTo(PairStatus.ENDED);
		assertThat(this.programme.menteeProfileFor(mentor, pair)).isEmpty();
	}

}
