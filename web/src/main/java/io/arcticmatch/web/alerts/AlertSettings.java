package io.arcticmatch.web.alerts;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How alert mails go out ({@code arctic.alerts.*}).
 *
 * @param enabled whether this instance runs the alert job at all
 * @param runInterval how long the job waits between two looks for due alerts; an alert is
 * due a day (daily) or a week (weekly) after its last run, so it is mailed at most this
 * much later
 * @param maxPostingsPerMail the most postings one mail lists; the mail links to the full
 * search for the rest
 * @param maxPerSeeker the most saved searches one seeker may keep
 */
@ConfigurationProperties("arctic.alerts")
public record AlertSettings(@DefaultValue("true") boolean enabled, @DefaultValue("15m") Duration runInterval,
		@DefaultValue("50") int maxPostingsPerMail, @DefaultValue("25") int maxPerSeeker) {

	public AlertSettings {
		if (maxPostingsPerMail < 1 || maxPerSeeker < 1) {
			throw new IllegalArgumentException("arctic.alerts.max-* settings count from 1");
		}
	}

}
