package io.arcticmatch.web.mail;

import java.nio.file.Path;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * How mail leaves Arctic Match ({@code arctic.mail.*}).
 *
 * @param transport {@code outbox} writes each mail as an {@code .eml} file into
 * {@code outbox}; {@code smtp} sends through the server set by {@code spring.mail.*}
 * @param from the sender address of every mail
 * @param outbox the folder the outbox transport writes to
 */
@ConfigurationProperties("arctic.mail")
public record MailSettings(Transport transport, String from, Path outbox) {

	public enum Transport {

		OUTBOX, SMTP

	}

}
