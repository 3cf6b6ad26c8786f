package io.arcticmatch.web.trips;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of trips ({@code arctic.trips.*}).
 *
 * @param reminderLead how long before a trip starts its participants get the reminder
 * @param reminderInterval how often the reminder job looks for trips that are due
 * @param slotLength the length of a meeting between a host and a participant
 */
@ConfigurationProperties("arctic.trips")
public record TripSettings(@DefaultValue("2d") Duration reminderLead, @DefaultValue("15m") Duration reminderInterval,
		@DefaultValue("15m") Duration slotLength) {

}
