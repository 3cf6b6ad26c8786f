package io.arcticmatch.web.mail;

import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.jspecify.annotations.Nullable;

/**
 * One e-mail to one person.
 *
 * @param to the recipient's address
 * @param subject the subject line, already in the recipient's language
 * @param text the plain-text body
 * @param html an HTML alternative of the body, or {@code null} for text only
 * @param headers extra headers, e.g. {@code List-Unsubscribe}
 * @param attachments files to attach, e.g. an iCalendar invitation
 */
public record OutgoingMail(String to, String subject, String text, @Nullable String html, Map<String, String> headers,
		List<Attachment> attachments) {

	public OutgoingMail {
		Objects.requireNonNull(to, "to");
		Objects.requireNonNull(subject, "subject");
		Objects.requireNonNull(text, "text");
		headers = Map.copyOf(headers);
		attachments = List.copyOf(attachments);
	}

	/**
	 * @return a plain-text mail without extra headers or attachments
	 */
	public static OutgoingMail text(String to, String subject, String text) {
		return new OutgoingMail(to, subject, text, null, Map.of(), List.of());
	}

	/**
	 * @param fileName the name the recipient sees
	 * @param contentType e.g. {@code text/calendar; method=PUBLISH}
	 * @param content the file's bytes
	 */
	public record Attachment(String fileName, String contentType, byte[] content) {

	}

}
