package io.arcticmatch.matcher.posting;

import java.math.BigDecimal;
import java.util.Currency;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.within;

class CurrencyRatesTest {

	private final CurrencyRates rates = CurrencyRates.nordic();

	@Test
	void everyAmountBecomesEurosPerMonth() {
		assertThat(this.rates.eurPerMonth(new BigDecimal("50000"), Currency.getInstance("NOK"), SalaryPeriod.MONTH))
			.isCloseTo(4250, within(0.001));
		assertThat(this.rates.eurPerMonth(new BigDecimal("25"), Currency.getInstance("EUR"), SalaryPeriod.HOUR))
			.isCloseTo(4062.5, within(0.001));
		assertThat(this.rates.eurPerMonth(new BigDecimal("36000"), Currency.getInstance("EUR"), SalaryPeriod.YEAR))
			.isCloseTo(3000, within(0.001));
	}

	@Test
	void aCurrencyWithoutARateIsRefusedByName() {
		assertThatIllegalArgumentException()
			.isThrownBy(() -> this.rates.eurPerMonth(BigDecimal.ONE, Currency.getInstance("USD"), SalaryPeriod.MONTH))
			.withMessageContaining("USD");
	}

}
