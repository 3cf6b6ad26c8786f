package io.arcticmatch.web.mail;

/**
 * A mail could not be handed to the SMTP server or written to the outbox. The caller
 * decides whether to retry; nothing was sent.
 */
public class MailDeliveryFailed extends RuntimeException {

	public MailDeliveryFailed(String to, Throwable cause) {
		super("The mail to " + to + " could not be sent: " + cause.getMessage(), cause);
	}

}
