package io.arcticmatch.web.mentors;

import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.FormatStyle;
import java.util.Locale;

import io.arcticmatch.web.accounts.AccountId;
import io.arcticmatch.web.accounts.PreferredLanguages;
import io.arcticmatch.web.events.Participant;
import io.arcticmatch.web.mail.MailDeliveryFailed;
import io.arcticmatch.web.mail.Mailer;
import io.arcticmatch.web.mail.OutgoingMail;
import io.arcticmatch.web.mail.PublicAddress;
import io.arcticmatch.web.mentors.Values.MentorEvent;
import io.arcticmatch.web.mentors.Values.Pair;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The programme's mails, each in its recipient's language: the one their account keeps
 * (the language they last used the pages in), English when they never did. A failed mail
 * is logged, not thrown: what it tells about is done.
 */
@Component
class MentoringMail {

	private static final Logger log = LoggerFactory.getLogger(MentoringMail.class);

	private final Mailer mailer;

	private final MessageSource messages;

	private final PublicAddress address;

	private final PreferredLanguages languages;

	private final JdbcClient jdbc;

	MentoringMail(Mailer mailer, MessageSource messages, JdbcClient jdbc, PublicAddress address,
			PreferredLanguages languages) {
		this.mailer = mailer;
		this.messages = messages;
		this.address = address;
		this.languages = languages;
		this.jdbc = jdbc;
	}

	private Locale languageOf(AccountId person) {
		return this.languages.of(person).orElse(Locale.ENGLISH);
	}

	void seatFromWaitingList(Participant person, MentorEvent event) {
		Locale locale = languageOf(person.id());
		DateTimeFormatter format = new DateTimeFormatterBuilder().appendLocalized(FormatStyle.MEDIUM, FormatStyle.SHORT)
			.toFormatter(locale);
		send(person.id(), person.email(), locale, "mentors.mail.seated", event.title(), format.format(event.startsAt()),
				event.place(), this.address.link("/mentoring/events"), person.displayName());
	}

	/**
	 * Tells both sides of a pair the coordinator confirmed: the mentee that a mentor is
	 * proposed and waits for their answer, the mentor whom they are proposed to. The
	 * mentor learns the mentee's name only; their profile waits for the mentee's consent.
	 */
	void paired(Pair pair) {
		Locale mentee = languageOf(pair.mentee());
		send(pair.mentee(), emailOf(pair.mentee()), mentee, "mentors.mail.paired.mentee", pair.menteeName(),
				pair.mentorName(), this.address.link("/seeker/mentoring"));
		Locale mentor = languageOf(pair.mentor());
		send(pair.mentor(), emailOf(pair.mentor()), mentor, "mentors.mail.paired.mentor", pair.mentorName(),
				pair.menteeName(), this.address.link("/mentoring/pairs/" + pair.id()));
	}

	private String emailOf(AccountId person) {
		return this.jdbc.sql("select email from account where id = :id")
			.param("id", person.value())
			.query(String.class)
			.single();
	}

	/**
	 * Sends the mail whose subject and text are {@code key + ".subject"} and
	 * {@code key + ".text"}; both get the same arguments.
	 */
	private void send(AccountId id, String to, Locale locale, String key, Object... args) {
		try {
			this.mailer.send(OutgoingMail.text(to, this.messages.getMessage(key + ".subject", args, locale),
					this.messages.getMessage(key + ".text", args, locale)));
		}
		catch (MailDeliveryFailed ex) {
			log.warn("Mentoring mail {} to {} failed", key, id.value(), ex);
		}
	}

}
