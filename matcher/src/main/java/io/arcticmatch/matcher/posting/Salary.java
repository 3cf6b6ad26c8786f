package io.arcticmatch.matcher.posting;

import java.math.BigDecimal;
import java.util.Currency;
import java.util.Objects;

import org.jspecify.annotations.Nullable;

/**
 * The pay an ad states: one amount or a range, in a currency, per hour, month or year.
 *
 * @param min the lowest amount, or the only one
 * @param max the highest amount of a range; null when the ad states one amount
 * @param currency e.g. NOK, SEK or EUR
 * @param period what the amount is paid for
 */
public record Salary(BigDecimal min, @Nullable BigDecimal max, Currency currency, SalaryPeriod period) {

	public Salary {
		Objects.requireNonNull(currency, "currency");
		Objects.requireNonNull(period, "period");
		if (min.signum() < 0) {
			throw new IllegalArgumentException("A salary cannot be negative: " + min);
		}
		if (max != null && max.compareTo(min) < 0) {
			throw new IllegalArgumentException(
					"A salary range runs from low to high, not %s to %s".formatted(min, max));
		}
	}

	/**
	 * The highest amount stated.
	 * @return {@link #max()}, or {@link #min()} for a single amount
	 */
	public BigDecimal upper() {
		return (this.max != null) ? this.max : this.min;
	}

}
