package io.arcticmatch.web.coaching;

import java.time.Duration;
import java.time.ZoneId;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of coaching groups ({@code arctic.coaching.*}).
 *
 * @param timeZone the zone "now" is read in when deciding whether a session has been held
 * (sessions keep the local time of their place)
 * @param invitationValidity how long an invitation link can be used
 * @param csvDelimiter the field separator of the indicator export; {@code ;} because
 * spreadsheet programs in Nordic locales expect it
 */
@ConfigurationProperties("arctic.coaching")
public record CoachingSettings(@DefaultValue("Europe/Oslo") ZoneId timeZone,
		@DefaultValue("30d") Duration invitationValidity, @DefaultValue(";") String csvDelimiter) {

}
