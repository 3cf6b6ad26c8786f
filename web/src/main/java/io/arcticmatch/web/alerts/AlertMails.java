package io.arcticmatch.web.alerts;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import io.arcticmatch.matcher.concepts.core.LabelLanguage;
import io.arcticmatch.matcher.posting.JobPosting;
import io.arcticmatch.web.mail.OutgoingMail;
import io.arcticmatch.web.mail.PublicAddress;
import io.arcticmatch.web.search.ConceptLabels;

import org.springframework.context.MessageSource;
import org.springframework.web.util.UriUtils;

/**
 * Writes an alert mail in the language of its saved search: the postings with links to
 * their job pages, the search itself, the alerts page and a one-click unsubscribe link,
 * which is also in the {@code List-Unsubscribe} header (RFC 2369, RFC 8058) so that mail
 * programs offer it.
 */
class AlertMails {

	private final MessageSource messages;

	private final ConceptLabels labels;

	private final PublicAddress address;

	AlertMails(MessageSource messages, ConceptLabels labels, PublicAddress address) {
		this.messages = messages;
		this.labels = labels;
		this.address = address;
	}

	/**
	 * A posting in an alert mail.
	 *
	 * @param posting the posting
	 * @param changed whether the alert mailed an earlier version of it
	 */
	record MailedPosting(JobPosting posting, boolean changed) {

	}

	/**
	 * @param search the saved search
	 * @param to the seeker's address
	 * @param postings what to mail, newest first
	 * @param more whether the search found more than the mail lists
	 */
	OutgoingMail compose(SavedSearch search, String to, List<MailedPosting> postings, boolean more) {
		Locale locale = search.locale();
		LabelLanguage language = ConceptLabels.languageOf(locale);
		String unsubscribe = this.address.link("/unsubscribe/" + search.unsubscribeToken());
		StringBuilder text = new StringBuilder();
		text.append(message("alerts.mail.intro", locale, search.name())).append("\n\n");
		for (MailedPosting mailed : postings) {
			JobPosting posting = mailed.posting();
			text.append("* ").append(posting.title());
			if (mailed.changed()) {
				text.append(" (").append(message("alerts.mail.changed", locale)).append(')');
			}
			text.append('\n');
			String where = this.labels.place(posting.place(), language) + ", "
					+ posting.place().country().names().get(language);
			text.append("  ")
				.append(posting.employer().isBlank() ? where : posting.employer() + ", " + where)
				.append('\n');
			text.append("  ")
				.append(this.address
					.link("/jobs/" + UriUtils.encodePathSegment(posting.id().toString(), StandardCharsets.UTF_8)))
				.append("\n\n");
		}
		String searchLink = this.address.link("/jobs" + (search.query().isEmpty() ? "" : "?" + search.query()));
		if (more) {
			text.append(message("alerts.mail.more", locale, searchLink)).append("\n\n");
		}
		else {
			text.append(message("alerts.mail.search", locale, searchLink)).append("\n\n");
		}
		text.append(message("alerts.mail.manage", locale, this.address.link("/seeker/alerts"))).append('\n');
		text.append(message("alerts.mail.unsubscribe", locale, unsubscribe)).append('\n');
		String subject = message("alerts.mail.subject", locale, postings.size(), search.name());
		Map<String, String> headers = Map.of("List-Unsubscribe", "<" + unsubscribe + ">", "List-Unsubscribe-Post",
				"List-Unsubscribe=One-Click");
		return new OutgoingMail(to, subject, text.toString(), null, headers, List.of());
	}

	private String message(String code, Locale locale, Object... arguments) {
		return this.messages.getMessage(code, arguments, locale);
	}

}
