package io.arcticmatch.web.trips;

import java.nio.charset.StandardCharsets;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.UUID;

import biweekly.Biweekly;
import io.arcticmatch.matcher.concepts.language.CefrLevel;
import io.arcticmatch.matcher.matching.LanguageSkill;
import io.arcticmatch.matcher.matching.SeekerProfile;
import io.arcticmatch.web.WebAppTest;
import io.arcticmatch.web.accounts.Account;
import io.arcticmatch.web.accounts.AccountService;
import io.arcticmatch.web.accounts.Role;
import io.arcticmatch.web.consent.ConsentPurpose;
import io.arcticmatch.web.consent.Consents;
import io.arcticmatch.web.events.Attendance;
import io.arcticmatch.web.profiles.SeekerProfiles;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The trip pages of each role, through MockMvc on the real application.
 */
@WebAppTest
class TripPagesTest {

	private static final DateTimeFormatter LOCAL = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm", Locale.ROOT);

	@Autowired
	private MockMvc mvc;

	@Autowired
	private Trips trips;

	@Autowired
	private TripSignups signups;

	@Autowired
	private JdbcClient jdbc;

	@Autowired
	private AccountService accounts;

	@Autowired
	private Consents consents;

	@Autowired
	private SeekerProfiles profiles;

	private TripFixtures fixtures;

	private String domain;

	private Account coach;

	@BeforeEach
	void people() {
		this.fixtures = new TripFixtures(this.jdbc, this.accounts, this.trips);
		this.domain = TripFixtures.domain();
		this.coach = this.fixtures.person(Role.COACH, "coach@" + this.domain);
	}

	@Test
	void aCoachCreatesATripThroughTheFormAndIsToldWhatIsWrong() throws Exception {
		ZoneId oslo = ZoneId.of("Europe/Oslo");
		String start = LOCAL.format(TripFixtures.inDays(20).atZone(oslo));
		String end = LOCAL.format(TripFixtures.inDays(21).atZone(oslo));
		this.mvc
			.perform(post("/coach/trips").with(csrf())
				.with(as(this.coach))
				.header("Accept-Language", "en")
				.param("title", "")
				.param("destination", "Nowhere at all")
				.param("startsAt", end)
				.param("endsAt", start)
				.param("timeZone", "Europe/Oslo")
				.param("seats", "0")
				.param("signupOpensAt", LOCAL.format(TripFixtures.inDays(0).atZone(oslo)))
				.param("signupClosesAt", LOCAL.format(TripFixtures.inDays(10).atZone(oslo)))
				.param("eligibility", "ANYONE_SIGNED_IN")
				.param("language", "nb"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Give the trip a title")))
			.andExpect(content().string(containsString("Choose a known place")))
			.andExpect(content().string(containsString("The trip must end after it starts.")))
			.andExpect(content().string(containsString("Enter a number of seats from 1 to 10000.")))
			.andExpect(content().string(containsString("value=\"Nowhere at all\"")));

		MvcResult created = this.mvc
			.perform(post("/coach/trips").with(csrf())
				.with(as(this.coach))
				.param("title", "Tromsø <hospital> visit")
				.param("destination", "Tromsø")
				.param("startsAt", start)
				.param("endsAt", end)
				.param("timeZone", "Europe/Oslo")
				.param("seats", "12")
				.param("signupOpensAt", LOCAL.format(TripFixtures.inDays(0).atZone(oslo)))
				.param("signupClosesAt", LOCAL.format(TripFixtures.inDays(10).atZone(oslo)))
				.param("eligibility", "ANYONE_SIGNED_IN")
				.param("meetingPoint", "Tromsø airport")
				.param("language", "nb"))
			.andExpect(status().is3xxRedirection())
			.andReturn();
		String location = created.getResponse().getRedirectedUrl();
		assertThat(location).startsWith("/coach/trips/");
		Trip trip = this.trips.find(UUID.fromString(location.substring("/coach/trips/".length()))).orElseThrow();
		assertThat(trip.details().destinationPlaceId()).isEqualTo("place:NO:5501");
		assertThat(trip.seats()).isEqualTo(12);
		assertThat(LOCAL.format(trip.start())).isEqualTo(start);

		this.mvc.perform(get(location).with(as(this.coach)).header("Accept-Language", "sv"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Tromsø &lt;hospital&gt; visit")))
			.andExpect(content().string(containsString("Väntelista")));
		this.mvc.perform(get("/coach/trips").with(as(this.coach)))
			.andExpect(content().string(containsString("Tromsø &lt;hospital&gt; visit")));
	}

	@Test
	void theParticipantListExportsAsCsvWithFormulasDefused() throws Exception {
		UUID trip = this.fixtures.trip(this.coach, TripFixtures.details("Csv", 1, TripFixtures.inDays(10)));
		this.signups.signUp(trip, this.fixtures.bulkSeeker("anna@" + this.domain), "=HYPERLINK(\"x\")",
				"Yes, \"really\"");
		this.signups.signUp(trip, this.fixtures.bulkSeeker("bo@" + this.domain), "", "");

		MvcResult csv = this.mvc
			.perform(get("/coach/trips/" + trip + "/participants.csv").with(as(this.coach))
				.header("Accept-Language", "en"))
			.andExpect(status().isOk())
			.andExpect(header().string("Content-Type", containsString("text/csv")))
			.andReturn();
		String[] lines = csv.getResponse().getContentAsString(StandardCharsets.UTF_8).split("\r\n");
		assertThat(lines).hasSize(3);
		assertThat(lines[0]).contains("\"Name\",\"E-mail\",\"Status\"");
		assertThat(lines[1]).contains("\"anna@" + this.domain + "\"", "\"Seated\"", "\"'=HYPERLINK(\"\"x\"\")\"",
				"\"Yes, \"\"really\"\"\"");
		assertThat(lines[2]).contains("\"bo@" + this.domain + "\"", "\"Waiting\",1,");
	}

	@Test
	void theCoachChecksParticipantsInOnThePhonePage() throws Exception {
		UUID trip = this.fixtures.trip(this.coach, TripFixtures.details("Check-in", 3, TripFixtures.inDays(10)));
		Signup anna = this.signups.signUp(trip, this.fixtures.bulkSeeker("anna@" + this.domain), "", "");
		this.signups.signUp(trip, this.fixtures.bulkSeeker("bo@" + this.domain), "", "");

		this.mvc
			.perform(post("/coach/trips/" + trip + "/check-in/" + anna.arrival()).param("attendance", "PRESENT")
				.with(csrf())
				.with(as(this.coach)))
			.andExpect(status().is3xxRedirection());

		assertThat(this.signups.find(trip, anna.seeker().id()).orElseThrow().attendance())
			.isEqualTo(Attendance.PRESENT);
		this.mvc.perform(get("/coach/trips/" + trip + "/check-in").with(as(this.coach)).header("Accept-Language", "en"))
			.andExpect(content().string(containsString("1 of 2 present")))
			.andExpect(content().string(containsString("aria-pressed=\"true\"")));
	}

	@Test
	void aHostSeesOnlyConsentingSeatedParticipantsAndASlotCannotBeBookedTwice() throws Exception {
		Account host = this.fixtures.person(Role.EMPLOYER, "host@" + this.domain);
		Account otherHost = this.fixtures.person(Role.EMPLOYER, "host2@" + this.domain);
		UUID tripId = this.fixtures.trip(this.coach, TripFixtures.details("Matchmaking", 2, TripFixtures.inDays(10)));
		this.trips.addHost(tripId, host.id());
		this.trips.addHost(tripId, otherHost.id());
		Account willing = this.fixtures.bulkSeeker("willing@" + this.domain);
		Account private_ = this.fixtures.bulkSeeker("private@" + this.domain);
		Account waiting = this.fixtures.bulkSeeker("waiting@" + this.domain);
		this.consents.give(willing.id(), ConsentPurpose.EMPLOYERS);
		this.consents.give(waiting.id(), ConsentPurpose.EMPLOYERS);
		this.consents.give(private_.id(), ConsentPurpose.COACHES);
		this.profiles.save(willing.id(),
				SeekerProfile.builder().language(new LanguageSkill("sv", CefrLevel.B2)).build());
		this.signups.signUp(tripId, willing, "", "");
		this.signups.signUp(tripId, private_, "", "");
		this.signups.signUp(tripId, waiting, "", "");
		Trip trip = this.trips.find(tripId).orElseThrow();

		this.mvc.perform(get("/employer/trips/" + tripId).with(as(host)).header("Accept-Language", "en"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString(willing.displayName())))
			.andExpect(content().string(containsString("B2")))
			.andExpect(content().string(containsString("No match score yet")))
			.andExpect(content().string(not(containsString(private_.displayName()))))
			.andExpect(content().string(not(containsString(waiting.displayName()))));
		this.mvc.perform(get("/employer/trips").with(as(host)))
			.andExpect(content().string(containsString("Matchmaking")));

		String at = LOCAL.format(trip.start());
		this.mvc
			.perform(post("/employer/trips/" + tripId + "/slots").param("seeker", willing.id().value().toString())
				.param("at", at)
				.with(csrf())
				.with(as(host)))
			.andExpect(flash().attribute("flash", "trips.flash.booked"));
		this.mvc
			.perform(post("/employer/trips/" + tripId + "/slots").param("seeker", willing.id().value().toString())
				.param("at", at)
				.with(csrf())
				.with(as(otherHost)))
			.andExpect(flash().attribute("flash", "trips.error.slotTaken"));
		this.mvc
			.perform(post("/employer/trips/" + tripId + "/slots").param("seeker", private_.id().value().toString())
				.param("at", LOCAL.format(trip.start().plusMinutes(15)))
				.with(csrf())
				.with(as(host)))
			.andExpect(flash().attribute("flash", "trips.error.notAParticipant"));
		this.mvc
			.perform(post("/employer/trips/" + tripId + "/slots").param("seeker", willing.id().value().toString())
				.param("at", LOCAL.format(trip.start().plusMinutes(7)))
				.with(csrf())
				.with(as(host)))
			.andExpect(flash().attribute("flash", "trips.error.slotOffGrid"));
		assertThat(this.jdbc.sql("select count(*) from trips_meeting_slot where trip_id = :trip")
			.param("trip", tripId)
			.query(Integer.class)
			.single()).isEqualTo(1);

		this.mvc.perform(get("/seeker/trips/" + tripId).with(as(willing)).header("Accept-Language", "en"))
			.andExpect(content().string(containsString("15 minutes, with " + host.displayName())));
		assertThat(this.accounts.export(willing.id())).containsKey("trips");
	}

	@Test
	void theCalendarFeedHoldsTheTripsIAmSeatedOnAndNotThoseIAmWaitingFor() throws Exception {
		Account seeker = this.fixtures.person(Role.SEEKER, "seeker@" + this.domain);
		UUID seated = this.fixtures.trip(this.coach, TripFixtures.details("Seated trip", 1, TripFixtures.inDays(10)));
		UUID full = this.fixtures.trip(this.coach, TripFixtures.details("Full trip", 1, TripFixtures.inDays(11)));
		this.signups.signUp(full, this.fixtures.bulkSeeker("first@" + this.domain), "", "");
		this.mvc.perform(
				post("/seeker/trips/" + seated + "/signup").param("needs", "wheelchair").with(csrf()).with(as(seeker)))
			.andExpect(flash().attribute("flash", "trips.flash.seated"));
		this.mvc.perform(post("/seeker/trips/" + full + "/signup").with(csrf()).with(as(seeker)))
			.andExpect(flash().attribute("flash", "trips.flash.waiting"));

		String page = this.mvc.perform(get("/seeker/trips").with(as(seeker)).header("Accept-Language", "en"))
			.andExpect(content().string(containsString("You are on the waiting list (position 1).")))
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
		String feed = page.replaceAll("(?s).*(/calendar/[A-Za-z0-9_-]+\\.ics).*", "$1");
		assertThat(feed).startsWith("/calendar/");

		String ics = this.mvc.perform(get(feed))
			.andExpect(status().isOk())
			.andExpect(header().string("Content-Type", containsString("text/calendar")))
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
		assertThat(Biweekly.parse(ics).first().getEvents()).extracting((event) -> event.getSummary().getValue())
			.containsExactly("Seated trip");

		this.mvc.perform(post("/seeker/trips/calendar-token").with(csrf()).with(as(seeker)));
		this.mvc.perform(get(feed)).andExpect(status().isNotFound());

		this.mvc.perform(get("/seeker/trips/" + seated + "/trip.ics").with(as(seeker))).andExpect(status().isOk());
	}

	private static RequestPostProcessor as(Account account) {
		return user(account.email()).roles(account.role().name());
	}

}
