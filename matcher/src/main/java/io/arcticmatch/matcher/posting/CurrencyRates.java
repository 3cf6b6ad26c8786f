package io.arcticmatch.matcher.posting;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.Currency;
import java.util.Map;

/**
 * Makes salaries in different currencies and periods comparable: every amount becomes
 * euros per month. Rates are settings, not live quotes: salary filters need to be roughly
 * right and stable, not to the cent.
 *
 * @param eurPerUnit euros for one unit of each currency, e.g. {@code NOK -> 0.085}
 * @param hoursPerMonth working hours in a month, to compare hourly pay (full time, 37.5 h
 * a week: 162.5)
 */
public record CurrencyRates(Map<Currency, BigDecimal> eurPerUnit, BigDecimal hoursPerMonth) {

	private static final BigDecimal MONTHS_PER_YEAR = BigDecimal.valueOf(12);

	public CurrencyRates {
		eurPerUnit = Map.copyOf(eurPerUnit);
		if (hoursPerMonth.signum() <= 0) {
			throw new IllegalArgumentException("Hours per month must be positive, not " + hoursPerMonth);
		}
	}

	/**
	 * Rates of November 2026 for the region's currencies.
	 * @return NOK, SEK and EUR
	 */
	public static CurrencyRates nordic() {
		return new CurrencyRates(
				Map.of(Currency.getInstance("EUR"), BigDecimal.ONE, Currency.getInstance("NOK"),
						new BigDecimal("0.085"), Currency.getInstance("SEK"), new BigDecimal("0.088")),
				new BigDecimal("162.5"));
	}

	/**
	 * Whether amounts in a currency can be converted.
	 * @param currency the currency
	 * @return true if it has a rate
	 */
	public boolean knows(Currency currency) {
		return this.eurPerUnit.containsKey(currency);
	}

	/**
	 * An amount as euros per month.
	 * @param amount the amount
	 * @param currency its currency
	 * @param period what it is paid for
	 * @return euros per month
	 * @throws IllegalArgumentException for a currency without a rate
	 */
	public double eurPerMonth(BigDecimal amount, Currency currency, SalaryPeriod period) {
		BigDecimal rate = this.eurPerUnit.get(currency);
		if (rate == null) {
			throw new IllegalArgumentException(
					"No exchange rate for %s; known: %s".formatted(currency, this.eurPerUnit.keySet()));
		}
		BigDecimal eur = amount.multiply(rate);
		BigDecimal monthly = switch (period) {
			case HOUR -> eur.multiply(this.hoursPerMonth);
			case MONTH -> eur;
			case YEAR -> eur.divide(MONTHS_PER_YEAR, MathContext.DECIMAL64);
		};
		return monthly.doubleValue();
	}

}
