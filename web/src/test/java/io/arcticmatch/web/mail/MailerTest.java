package io.arcticmatch.web.mail;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.stream.Stream;

import com.icegreen.greenmail.configuration.GreenMailConfiguration;
import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetupTest;
import jakarta.mail.Session;
import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.beans.factory.support.StaticListableBeanFactory;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.JavaMailSenderImpl;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * Mail reaches a real SMTP server (GreenMail, in this JVM), or the outbox folder.
 */
class MailerTest {

	@RegisterExtension
	static final GreenMailExtension smtpServer = new GreenMailExtension(ServerSetupTest.SMTP)
		.withConfiguration(GreenMailConfiguration.aConfig().withDisabledAuthentication());

	private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-25T08:00:00Z"), ZoneOffset.UTC);

	private static final OutgoingMail MAIL = new OutgoingMail("aila@example.fi", "Uusia työpaikkoja: 3",
			"Kolme uutta työpaikkaa Kiirunassa.", "<p>Kolme uutta työpaikkaa Kiirunassa.</p>",
			Map.of("List-Unsubscribe", "<https://arcticmatch.example/unsubscribe/abc>"),
			List.of(new OutgoingMail.Attachment("trip.ics", "text/calendar",
					"BEGIN:VCALENDAR".getBytes(java.nio.charset.StandardCharsets.UTF_8))));

	@Test
	void smtpTransportDeliversSubjectBodyHeadersAndAttachments(@TempDir Path outbox) throws Exception {
		JavaMailSenderImpl sender = new JavaMailSenderImpl();
		sender.setHost("localhost");
		sender.setPort(smtpServer.getSmtp().getPort());

		mailer(MailSettings.Transport.SMTP, outbox, sender).send(MAIL);

		MimeMessage received = smtpServer.getReceivedMessages()[0];
		assertThat(received.getSubject()).isEqualTo("Uusia työpaikkoja: 3");
		assertThat(received.getAllRecipients()[0]).hasToString("aila@example.fi");
		assertThat(received.getHeader("List-Unsubscribe"))
			.containsExactly("<https://arcticmatch.example/unsubscribe/abc>");
		assertThat(GreenMailUtil.getWholeMessage(received)).contains("trip.ics");
	}

	@Test
	void outboxTransportWritesAMailEveryMailProgramOpens(@TempDir Path outbox) throws Exception {
		mailer(MailSettings.Transport.OUTBOX, outbox, null).send(MAIL);

		List<Path> files;
		try (Stream<Path> listed = Files.list(outbox)) {
			files = listed.toList();
		}
		assertThat(files).singleElement().satisfies((file) -> assertThat(file.toString()).endsWith(".eml"));
		try (InputStream in = Files.newInputStream(files.get(0))) {
			MimeMessage written = new MimeMessage(Session.getInstance(new Properties()), in);
			assertThat(written.getSubject()).isEqualTo("Uusia työpaikkoja: 3");
			assertThat(written.getFrom()[0].toString()).contains("no-reply@arcticmatch.test");
		}
	}

	@Test
	void anUnreachableServerIsAFailureTheCallerSees(@TempDir Path outbox) {
		JavaMailSenderImpl sender = new JavaMailSenderImpl();
		sender.setHost("localhost");
		sender.setPort(1);

		assertThatExceptionOfType(MailDeliveryFailed.class)
			.isThrownBy(() -> mailer(MailSettings.Transport.SMTP, outbox, sender).send(MAIL))
			.withMessageContaining("aila@example.fi");
	}

	private static Mailer mailer(MailSettings.Transport transport, Path outbox, JavaMailSender sender) {
		StaticListableBeanFactory beans = new StaticListableBeanFactory();
		if (sender != null) {
			beans.addBean("sender", sender);
		}
		return new Mailer(new MailSettings(transport, "Arctic Match <no-reply@arcticmatch.test>", outbox),
				beans.getBeanProvider(JavaMailSender.class), CLOCK);
	}

}
