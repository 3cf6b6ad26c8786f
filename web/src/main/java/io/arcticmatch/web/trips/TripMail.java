package io.arcticmatch.web.trips;

import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.FormatStyle;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import io.arcticmatch.web.accounts.PreferredLanguages;
import io.arcticmatch.web.mail.MailDeliveryFailed;
import io.arcticmatch.web.mail.Mailer;
import io.arcticmatch.web.mail.OutgoingMail;
import io.arcticmatch.web.mail.PublicAddress;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * Mails about trips, in the language the participant last used the pages in, else in the
 * trip's language. A failed mail is logged, not thrown: the seat it tells about is
 * already given.
 */
@Component
class TripMail {

	private static final Logger log = LoggerFactory.getLogger(TripMail.class);

	private final Mailer mailer;

	private final MessageSource messages;

	private final Destinations destinations;

	private final TripCalendar calendar;

	private final PublicAddress address;

	private final PreferredLanguages languages;

	TripMail(Mailer mailer, MessageSource messages, Destinations destinations, TripCalendar calendar,
			PublicAddress address, PreferredLanguages languages) {
		this.mailer = mailer;
		this.messages = messages;
		this.destinations = destinations;
		this.calendar = calendar;
		this.address = address;
		this.languages = languages;
	}

	private Locale languageOf(Person person, Trip trip) {
		return this.languages.of(person.id()).orElseGet(() -> Locale.forLanguageTag(trip.details().language()));
	}

	void seatFromWaitingList(Trip trip, Person person) {
		Locale locale = languageOf(person, trip);
		String text = text("trips.mail.seated.body", locale, person.displayName(), trip.title(), when(trip, locale),
				this.destinations.label(trip.details().destinationPlaceId(), locale), link(trip));
		send(person, new OutgoingMail(person.email(), text("trips.mail.seated.subject", locale, trip.title()), text,
				null, Map.of(), List.of(invitation(trip))));
	}

	/**
	 * @return whether the mail went out
	 */
	boolean reminder(Trip trip, Person person) {
		Locale locale = languageOf(person, trip);
		String meetingPoint = trip.details().meetingPoint().isBlank() ? text("trips.mail.noMeetingPoint", locale)
				: trip.details().meetingPoint();
		String text = text("trips.mail.reminder.body", locale, person.displayName(), trip.title(), when(trip, locale),
				this.destinations.label(trip.details().destinationPlaceId(), locale), meetingPoint, link(trip));
		return send(person, new OutgoingMail(person.email(), text("trips.mail.reminder.subject", locale, trip.title()),
				text, null, Map.of(), List.of(invitation(trip))));
	}

	private OutgoingMail.Attachment invitation(Trip trip) {
		return new OutgoingMail.Attachment("trip.ics", "text/calendar; charset=UTF-8; method=PUBLISH",
				this.calendar.of(trip));
	}

	private boolean send(Person person, OutgoingMail mail) {
		try {
			this.mailer.send(mail);
			return true;
		}
		catch (MailDeliveryFailed ex) {
			log.warn("Trip mail to {} failed", person.id().value(), ex);
			return false;
		}
	}

	private String link(Trip trip) {
		return this.address.link("/seeker/trips/" + trip.id());
	}

	private static String when(Trip trip, Locale locale) {
		DateTimeFormatter format = new DateTimeFormatterBuilder().appendLocalized(FormatStyle.MEDIUM, FormatStyle.SHORT)
			.toFormatter(locale);
		return format.format(trip.start()) + " – " + format.format(trip.end()) + " (" + trip.zone().getId() + ")";
	}

	private String text(String key, Locale locale, Object... args) {
		return this.messages.getMessage(key, args, locale);
	}

}
