package io.arcticmatch.web.alerts;

import java.time.Duration;

/**
 * How often an alert mails: a day or a week after its last run.
 */
public enum Frequency {

	DAILY(Duration.ofDays(1)), WEEKLY(Duration.ofDays(7));

	private final Duration period;

	Frequency(Duration period) {
		this.period = period;
	}

	public Duration period() {
		return this.period;
	}

}
