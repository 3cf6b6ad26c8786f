package io.arcticmatch.web.employers;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of the employer side, {@code arctic.employers.*}.
 *
 * @param reminderBefore how long before an opening's deadline its employer is reminded
 * @param expiryInterval how often expired openings are closed and reminders sent
 * @param invitationValidity how long a colleague's invitation link works
 * @param candidates how many matched candidates an opening shows
 */
@ConfigurationProperties("arctic.employers")
public record EmployersSettings(@DefaultValue("3d") Duration reminderBefore,
		@DefaultValue("1h") Duration expiryInterval, @DefaultValue("14d") Duration invitationValidity,
		@DefaultValue("20") int candidates) {

}
