package io.arcticmatch.matcher.matching;

import java.math.BigDecimal;
import java.util.Currency;
import java.util.Objects;

import io.arcticmatch.matcher.posting.SalaryPeriod;

/**
 * The least pay a job seeker asks for.
 *
 * @param minimum the amount
 * @param currency its currency, e.g. NOK
 * @param period what it is paid for
 */
public record SalaryWish(BigDecimal minimum, Currency currency, SalaryPeriod period) {

	public SalaryWish {
		Objects.requireNonNull(currency, "currency");
		Objects.requireNonNull(period, "period");
		if (minimum.signum() < 0) {
			throw new IllegalArgumentException("A salary wish cannot be negative: " + minimum);
		}
	}

}
