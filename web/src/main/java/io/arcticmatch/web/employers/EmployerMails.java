package io.arcticmatch.web.employers;

import java.util.Locale;

import io.arcticmatch.web.mail.MailDeliveryFailed;
import io.arcticmatch.web.mail.Mailer;
import io.arcticmatch.web.mail.OutgoingMail;
import io.arcticmatch.web.mail.PublicAddress;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * Writes the employer side's mails from the message bundle, in the recipient's language
 * where it is known. A mail that cannot be delivered is logged: the change it tells about
 * has happened and stays.
 */
@Component
class EmployerMails {

	private static final Logger log = LoggerFactory.getLogger(EmployerMails.class);

	private final Mailer mailer;

	private final MessageSource messages;

	private final PublicAddress address;

	EmployerMails(Mailer mailer, MessageSource messages, PublicAddress address) {
		this.mailer = mailer;
		this.messages = messages;
		this.address = address;
	}

	/**
	 * @param to the address
	 * @param locale the recipient's language
	 * @param key the mail's key: {@code <key>.subject} and {@code <key>.text} are its
	 * parts
	 * @param args the arguments of both
	 */
	void send(String to, Locale locale, String key, Object... args) {
		String subject = this.messages.getMessage(key + ".subject", args, locale);
		String text = this.messages.getMessage(key + ".text", args, locale);
		try {
			this.mailer.send(OutgoingMail.text(to, subject, text));
		}
		catch (MailDeliveryFailed ex) {
			log.warn("Mail '{}' to {} could not be delivered: {}", key, to, ex.getMessage());
		}
	}

	/**
	 * @param path a path of the application, e.g. {@code /employer/openings}
	 * @return the link to it for a mail
	 */
	String link(String path) {
		return this.address.link(path);
	}

}
