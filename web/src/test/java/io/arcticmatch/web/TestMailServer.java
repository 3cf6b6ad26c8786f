package io.arcticmatch.web;

import com.icegreen.greenmail.configuration.GreenMailConfiguration;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetupTest;

import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.JavaMailSenderImpl;

/**
 * A real SMTP server in the test JVM (GreenMail, on a free port), which the application's
 * mail goes to in tests ({@code arctic.mail.transport=smtp} in the test profile). The
 * context is shared by many test classes, so a test finds its mail by a recipient address
 * of its own, e.g. {@code greenMail.getReceivedMessagesForDomain(...)}.
 */
@TestConfiguration(proxyBeanMethods = false)
public class TestMailServer {

	@Bean(destroyMethod = "stop")
	GreenMail greenMail() {
		GreenMail server = new GreenMail(ServerSetupTest.SMTP.dynamicPort())
			.withConfiguration(GreenMailConfiguration.aConfig().withDisabledAuthentication());
		server.start();
		return server;
	}

	@Bean
	JavaMailSender testMailSender(GreenMail server) {
		JavaMailSenderImpl sender = new JavaMailSenderImpl();
		sender.setHost(server.getSmtp().getBindTo());
		sender.setPort(server.getSmtp().getPort());
		return sender;
	}

}
