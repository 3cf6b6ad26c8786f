package io.arcticmatch.web.mail;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Clock;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.UUID;

import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.internet.MimeMessage;
import org.jspecify.annotations.Nullable;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.mail.MailException;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.stereotype.Service;

/**
 * Sends mail the way {@link MailSettings} says: through SMTP, or into the outbox folder.
 */
@Service
public class Mailer {

	private static final DateTimeFormatter FILE_TIME = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss", Locale.ROOT);

	private final MailSettings settings;

	private final ObjectProvider<JavaMailSender> smtp;

	private final Clock clock;

	public Mailer(MailSettings settings, ObjectProvider<JavaMailSender> smtp, Clock clock) {
		this.settings = settings;
		this.smtp = smtp;
		this.clock = clock;
	}

	/**
	 * @throws MailDeliveryFailed when the mail could not be handed on; nothing was sent
	 */
	public void send(OutgoingMail mail) {
		try {
			switch (this.settings.transport()) {
				case SMTP -> sendBySmtp(mail);
				case OUTBOX -> writeToOutbox(mail);
			}
		}
		catch (MessagingException | MailException | IOException ex) {
			throw new MailDeliveryFailed(mail.to(), ex);
		}
	}

	private void sendBySmtp(OutgoingMail mail) throws MessagingException {
		JavaMailSender sender = this.smtp.getIfAvailable();
		if (sender == null) {
			throw new IllegalStateException("arctic.mail.transport=smtp needs spring.mail.host to be set");
		}
		MimeMessage message = sender.createMimeMessage();
		compose(message, mail);
		sender.send(message);
	}

	private void writeToOutbox(OutgoingMail mail) throws MessagingException, IOException {
		MimeMessage message = new MimeMessage(Session.getInstance(new Properties()));
		compose(message, mail);
		message.saveChanges();
		Path outbox = Files.createDirectories(this.settings.outbox());
		String name = FILE_TIME.format(this.clock.instant().atZone(this.clock.getZone())) + "-" + UUID.randomUUID()
				+ ".eml";
		try (OutputStream out = Files.newOutputStream(outbox.resolve(name), StandardOpenOption.CREATE_NEW)) {
			message.writeTo(out);
		}
	}

	private void compose(MimeMessage message, OutgoingMail mail) throws MessagingException {
		boolean multipart = mail.html() != null || !mail.attachments().isEmpty();
		MimeMessageHelper helper = new MimeMessageHelper(message, multipart, "UTF-8");
		helper.setFrom(this.settings.from());
		helper.setTo(mail.to());
		helper.setSubject(mail.subject());
		@Nullable String html = mail.html();
		if (html != null) {
			helper.setText(mail.text(), html);
		}
		else {
			helper.setText(mail.text());
		}
		for (OutgoingMail.Attachment attachment : mail.attachments()) {
			helper.addAttachment(attachment.fileName(), new ByteArrayResource(attachment.content()),
					attachment.contentType());
		}
		for (Map.Entry<String, String> header : mail.headers().entrySet()) {
			message.setHeader(header.getKey(), header.getValue());
		}
		message.setSentDate(java.util.Date.from(this.clock.instant()));
	}

}
