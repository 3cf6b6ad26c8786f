package io.arcticmatch.web.trips;

import java.util.List;
import java.util.UUID;

import io.arcticmatch.web.WebAppTest;
import io.arcticmatch.web.accounts.Account;
import io.arcticmatch.web.accounts.AccountService;
import io.arcticmatch.web.accounts.Role;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Route × role: every trip route refuses the roles it is not for (403), hides other
 * people's trips (404) and sends anonymous visitors to sign in; the calendar feed is
 * public but only with a real token.
 */
@WebAppTest
class TripRouteAccessTest {

	@Autowired
	private MockMvc mvc;

	@Autowired
	private Trips trips;

	@Autowired
	private JdbcClient jdbc;

	@Autowired
	private AccountService accounts;

	@Autowired
	private CalendarTokens tokens;

	private Account organiser;

	private Account otherCoach;

	private Account admin;

	private Account host;

	private Account otherEmployer;

	private Account seeker;

	private Account unlistedSeeker;

	private UUID listedTrip;

	@BeforeEach
	void people() {
		TripFixtures fixtures = new TripFixtures(this.jdbc, this.accounts, this.trips);
		String domain = TripFixtures.domain();
		this.organiser = fixtures.person(Role.COACH, "organiser@" + domain);
		this.otherCoach = fixtures.person(Role.COACH, "other-coach@" + domain);
		this.admin = fixtures.person(Role.ADMIN, "admin@" + domain);
		this.host = fixtures.person(Role.EMPLOYER, "host@" + domain);
		this.otherEmployer = fixtures.person(Role.EMPLOYER, "other-employer@" + domain);
		this.seeker = fixtures.person(Role.SEEKER, "seeker@" + domain);
		this.unlistedSeeker = fixtures.person(Role.SEEKER, "unlisted@" + domain);
		TripDetails open = TripFixtures.details("Matrix", 5, TripFixtures.inDays(10));
		this.listedTrip = fixtures.trip(this.organiser,
				new TripDetails(open.title(), open.description(), open.destinationPlaceId(), open.startsAt(),
						open.endsAt(), open.timeZone(), open.seats(), open.signupOpensAt(), open.signupClosesAt(),
						Eligibility.LISTED, List.of(this.seeker.email()), null, open.meetingPoint(), open.language()));
		this.trips.addHost(this.listedTrip, this.host.id());
	}

	private List<String> coachPages() {
		String trip = "/coach/trips/" + this.listedTrip;
		return List.of(trip, trip + "/edit", trip + "/check-in", trip + "/participants.csv", trip + "/trip.ics");
	}

	@Test
	void anonymousVisitorsAreSentToSignInFromEveryTripPage() throws Exception {
		for (String path : List.of("/coach/trips", "/coach/trips/new", "/seeker/trips", "/employer/trips",
				"/seeker/trips/" + this.listedTrip, "/seeker/trips/" + this.listedTrip + "/trip.ics",
				"/employer/trips/" + this.listedTrip)) {
			this.mvc.perform(get(path)).andExpect(redirectedUrl("/login"));
		}
		for (String path : coachPages()) {
			this.mvc.perform(get(path)).andExpect(redirectedUrl("/login"));
		}
		this.mvc.perform(post("/seeker/trips/" + this.listedTrip + "/signup").with(csrf()))
			.andExpect(redirectedUrl("/login"));
	}

	@Test
	void seekersAndEmployersCannotOpenCoachPages() throws Exception {
		for (Account account : List.of(this.seeker, this.host)) {
			this.mvc.perform(get("/coach/trips").with(as(account))).andExpect(status().isForbidden());
			this.mvc.perform(get("/coach/trips/new").with(as(account))).andExpect(status().isForbidden());
			for (String path : coachPages()) {
				this.mvc.perform(get(path).with(as(account))).andExpect(status().isForbidden());
			}
			this.mvc
				.perform(post("/coach/trips/" + this.listedTrip + "/signups/1/remove").with(csrf()).with(as(account)))
				.andExpect(status().isForbidden());
		}
	}

	@Test
	void coachesAndEmployersCannotOpenSeekerPagesAndOthersCannotOpenEmployerPages() throws Exception {
		for (Account account : List.of(this.organiser, this.admin, this.host)) {
			this.mvc.perform(get("/seeker/trips").with(as(account))).andExpect(status().isForbidden());
			this.mvc.perform(get("/seeker/trips/" + this.listedTrip).with(as(account)))
				.andExpect(status().isForbidden());
		}
		for (Account account : List.of(this.organiser, this.admin, this.seeker)) {
			this.mvc.perform(get("/employer/trips").with(as(account))).andExpect(status().isForbidden());
			this.mvc.perform(get("/employer/trips/" + this.listedTrip).with(as(account)))
				.andExpect(status().isForbidden());
		}
	}

	@Test
	void anotherCoachSeesNotFoundForATripTheyDoNotOrganiseButAnAdministratorSeesIt() throws Exception {
		for (String path : coachPages()) {
			this.mvc.perform(get(path).with(as(this.otherCoach))).andExpect(status().isNotFound());
			this.mvc.perform(get(path).with(as(this.organiser))).andExpect(status().isOk());
			this.mvc.perform(get(path).with(as(this.admin))).andExpect(status().isOk());
		}
		this.mvc
			.perform(post("/coach/trips/" + this.listedTrip + "/hosts").param("email", this.otherEmployer.email())
				.with(csrf())
				.with(as(this.otherCoach)))
			.andExpect(status().isNotFound());
	}

	@Test
	void anEmployerWhoIsNotAHostSeesNotFoundForTheTrip() throws Exception {
		this.mvc.perform(get("/employer/trips/" + this.listedTrip).with(as(this.otherEmployer)))
			.andExpect(status().isNotFound());
		this.mvc
			.perform(post("/employer/trips/" + this.listedTrip + "/slots")
				.param("seeker", this.seeker.id().value().toString())
				.param("at", "2030-01-01T10:00")
				.with(csrf())
				.with(as(this.otherEmployer)))
			.andExpect(status().isNotFound());
		this.mvc.perform(get("/employer/trips/" + this.listedTrip).with(as(this.host))).andExpect(status().isOk());
	}

	@Test
	void aSeekerWhoIsNotListedSeesNotFoundForTheTrip() throws Exception {
		this.mvc.perform(get("/seeker/trips/" + this.listedTrip).with(as(this.unlistedSeeker)))
			.andExpect(status().isNotFound());
		this.mvc
			.perform(post("/seeker/trips/" + this.listedTrip + "/signup").with(csrf()).with(as(this.unlistedSeeker)))
			.andExpect(status().isNotFound());
		this.mvc.perform(get("/seeker/trips/" + this.listedTrip).with(as(this.seeker))).andExpect(status().isOk());
		this.mvc.perform(get("/seeker/trips/" + UUID.randomUUID()).with(as(this.seeker)))
			.andExpect(status().isNotFound());
	}

	@Test
	void theCalendarFeedIsPublicButOnlyWithARealToken() throws Exception {
		this.mvc.perform(get("/calendar/not-a-real-token.ics")).andExpect(status().isNotFound());
		this.mvc.perform(get("/calendar/" + this.tokens.of(this.seeker.id()) + ".ics")).andExpect(status().isOk());
	}

	@Test
	void postsWithoutCsrfTokenAreRefused() throws Exception {
		this.mvc.perform(post("/seeker/trips/" + this.listedTrip + "/signup").with(as(this.seeker)))
			.andExpect(status().isForbidden());
		this.mvc.perform(post("/coach/trips").with(as(this.organiser))).andExpect(status().isForbidden());
	}

	private static RequestPostProcessor as(Account account) {
		return user(account.email()).roles(account.role().name());
	}

}
