package io.arcticmatch.web.trips;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

import net.fortuna.ical4j.data.CalendarOutputter;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.property.Description;
import net.fortuna.ical4j.model.property.DtStamp;
import net.fortuna.ical4j.model.property.Location;
import net.fortuna.ical4j.model.property.ProdId;
import net.fortuna.ical4j.model.property.Uid;
import net.fortuna.ical4j.model.property.Url;
import net.fortuna.ical4j.model.property.immutable.ImmutableCalScale;
import net.fortuna.ical4j.model.property.immutable.ImmutableMethod;
import net.fortuna.ical4j.model.property.immutable.ImmutableVersion;

import io.arcticmatch.web.mail.PublicAddress;

import org.springframework.stereotype.Component;

/**
 * Writes trips as iCalendar (RFC 5545) with ical4j: one event per trip, its times in UTC
 * so every calendar shows them right without time zone definitions, its place the meeting
 * point and destination, its description the programme.
 */
@Component
class TripCalendar {

	private static final DateTimeFormatter AGENDA_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm", Locale.ROOT);

	private final Destinations destinations;

	private final Trips trips;

	private final PublicAddress address;

	private final Clock clock;

	TripCalendar(Destinations destinations, Trips trips, PublicAddress address, Clock clock) {
		this.destinations = destinations;
		this.trips = trips;
		this.address = address;
		this.clock = clock;
	}

	byte[] of(Trip trip) {
		return write(List.of(trip));
	}

	/**
	 * @return one calendar with an event per trip
	 */
	byte[] write(List<Trip> trips) {
		Calendar calendar = new Calendar().withProdId("-//Arctic Match//Trips//EN")
			.withProperty(ImmutableVersion.VERSION_2_0)
			.withProperty(ImmutableCalScale.GREGORIAN)
			.withProperty(ImmutableMethod.PUBLISH)
			.getFluentTarget();
		for (Trip trip : trips) {
			calendar = calendar.withComponent(event(trip)).getFluentTarget();
		}
		StringWriter out = new StringWriter();
		try {
			new CalendarOutputter(false).output(calendar, out);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return out.toString().getBytes(StandardCharsets.UTF_8);
	}

	private VEvent event(Trip trip) {
		Locale locale = Locale.forLanguageTag(trip.details().language());
		String destination = this.destinations.label(trip.details().destinationPlaceId(), locale);
		String location = trip.details().meetingPoint().isBlank() ? destination
				: trip.details().meetingPoint() + ", " + destination;
		String agenda = this.trips.agenda(trip.id())
			.stream()
			.map((item) -> AGENDA_TIME.format(item.startsAt().atZone(trip.zone())) + " " + item.text())
			.collect(Collectors.joining("\n"));
		String description = trip.details().description()
				+ (agenda.isEmpty() ? "" : (trip.details().description().isEmpty() ? "" : "\n\n") + agenda);
		VEvent event = new VEvent(trip.details().startsAt(), trip.details().endsAt(), trip.title());
		event.add(new Uid("trip-" + trip.id() + "@arcticmatch"));
		event.add(new DtStamp(this.clock.instant()));
		event.add(new Location(location));
		event.add(new Url(java.net.URI.create(this.address.link("/seeker/trips/" + trip.id()))));
		if (!description.isBlank()) {
			event.add(new Description(description));
		}
		return event;
	}

	/**
	 * @param token a seeker's calendar token
	 * @return the address calendar apps subscribe to for that seeker's trips
	 */
	String feedLink(String token) {
		return this.address.link("/calendar/" + token + ".ics");
	}

}
