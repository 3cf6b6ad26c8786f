package io.arcticmatch.web.trips;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.util.Date;
import java.util.List;
import java.util.UUID;

import biweekly.Biweekly;
import biweekly.ICalendar;
import biweekly.component.VEvent;
import io.arcticmatch.web.WebAppTest;
import io.arcticmatch.web.accounts.AccountService;
import io.arcticmatch.web.accounts.Role;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Property;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The .ics a trip gives reads back with ical4j and with biweekly, a parser written
 * independently of it.
 */
@WebAppTest
class TripCalendarTest {

	@Autowired
	private TripCalendar calendar;

	@Autowired
	private Trips trips;

	@Autowired
	private JdbcClient jdbc;

	@Autowired
	private AccountService accounts;

	private UUID tripId;

	private Instant start;

	@BeforeEach
	void trip() {
		TripFixtures fixtures = new TripFixtures(this.jdbc, this.accounts, this.trips);
		this.start = Instant.parse("2027-02-03T07:30:00Z");
		this.tripId = fixtures.trip(fixtures.person(Role.COACH, "coach@" + TripFixtures.domain()),
				TripFixtures.details("LKAB, Kiruna; mine & employers", 20, this.start));
		this.trips.addAgendaItem(this.tripId, this.start.plus(Duration.ofHours(2)), "Welcome at LKAB");
	}

	@Test
	void tripCalendarParsesWithIcal4jWithTheTripsTimesTitleAndPlace() throws Exception {
		byte[] ics = this.calendar.of(this.trips.find(this.tripId).orElseThrow());

		Calendar parsed = new CalendarBuilder().build(new ByteArrayInputStream(ics));
		net.fortuna.ical4j.model.component.VEvent event = parsed.<net.fortuna.ical4j.model.component.VEvent>getComponents(
				"VEVENT")
			.get(0);
		assertThat(event.getProperty(Property.SUMMARY).orElseThrow().getValue())
			.isEqualTo("LKAB, Kiruna; mine & employers");
		assertThat(event.getProperty(Property.DTSTART).orElseThrow().getValue()).isEqualTo("20270203T073000Z");
		assertThat(event.getProperty(Property.DTEND).orElseThrow().getValue()).isEqualTo("20270204T133000Z");
		assertThat(event.getProperty(Property.LOCATION).orElseThrow().getValue())
			.isEqualTo("Kiruna station, main entrance, Kiruna");
		assertThat(event.getProperty(Property.DESCRIPTION).orElseThrow().getValue()).contains("Welcome at LKAB");
		assertThat(event.getProperty(Property.UID).orElseThrow().getValue()).contains(this.tripId.toString());
		assertThat(new String(ics, StandardCharsets.UTF_8)).contains("\r\n");
	}

	@Test
	void tripCalendarParsesWithBiweeklyWithTheSameValues() {
		byte[] ics = this.calendar.of(this.trips.find(this.tripId).orElseThrow());

		List<ICalendar> calendars = Biweekly.parse(new String(ics, StandardCharsets.UTF_8)).all();
		assertThat(calendars).hasSize(1);
		VEvent event = calendars.get(0).getEvents().get(0);
		assertThat(event.getSummary().getValue()).isEqualTo("LKAB, Kiruna; mine & employers");
		assertThat(event.getDateStart().getValue()).isEqualTo(Date.from(this.start));
		assertThat(event.getDateEnd().getValue()).isEqualTo(Date.from(this.start.plus(Duration.ofHours(30))));
		assertThat(event.getLocation().getValue()).isEqualTo("Kiruna station, main entrance, Kiruna");
		assertThat(event.getDescription().getValue()).contains("2027-02-03 10:30 Welcome at LKAB");
	}

	@Test
	void aFeedHoldsOneEventPerTrip() {
		Trip trip = this.trips.find(this.tripId).orElseThrow();
		byte[] ics = this.calendar.write(List.of(trip, trip));

		assertThat(Biweekly.parse(new String(ics, StandardCharsets.UTF_8)).first().getEvents()).hasSize(2);
		assertThat(ZonedDateTime.now()).isNotNull();
	}

}
