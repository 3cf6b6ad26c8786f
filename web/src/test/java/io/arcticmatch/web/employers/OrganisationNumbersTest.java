package io.arcticmatch.web.employers;

import io.arcticmatch.matcher.concepts.place.Country;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Organisation numbers of the three countries, with their check digits. The valid ones
 * are public numbers (Brønnøysundregistrene 974760673, Equinor 923609016, Nokia
 * 0112038-9, Telefonaktiebolaget LM Ericsson 556016-0680) or numbers whose check digit
 * was worked out by hand with the same algorithm.
 */
class OrganisationNumbersTest {

	@ParameterizedTest
	@CsvSource({ "NO, 974760673, 974760673", "NO, 923609016, 923609016", "NO, 974 760 673, 974760673",
			"NO, 971526920, 971526920", "SE, 556016-0680, 556016-0680", "SE, 5560160680, 556016-0680",
			"SE, 16556016-0680, 556016-0680", "SE, 165560160680, 556016-0680", "SE, 556036-0793, 556036-0793",
			"SE, 202100-5489, 202100-5489", "FI, 0112038-9, 0112038-9", "FI, 01120389, 0112038-9",
			"FI, 112038-9, 0112038-9", "FI, 2331972-7, 2331972-7", "FI, 1572860-0, 1572860-0" })
	void validNumbersAreAcceptedInTheirUsualForm(Country country, String typed, String written) {
		OrganisationNumbers.Checked checked = OrganisationNumbers.check(country, typed);

		assertThat(checked.isValid()).as(typed).isTrue();
		assertThat(checked.number()).isEqualTo(written);
	}

	@ParameterizedTest
	@CsvSource({ "NO, 974760674, employers.orgNumber.checkDigit", "NO, 923609061, employers.orgNumber.checkDigit",
			"NO, 97476067, employers.orgNumber.no.format", "NO, 9747606733, employers.orgNumber.no.format",
			"NO, 97476067A, employers.orgNumber.no.format", "SE, 556016-0681, employers.orgNumber.checkDigit",
			"SE, 556036-0794, employers.orgNumber.checkDigit", "SE, 55601606, employers.orgNumber.se.format",
			"SE, 17556016-0680, employers.orgNumber.se.format", "SE, 5560-16-0680, employers.orgNumber.se.format",
			"FI, 0112038-8, employers.orgNumber.checkDigit", "FI, 2331972-1, employers.orgNumber.checkDigit",
			"FI, 0112038, employers.orgNumber.fi.format", "FI, 0112038-X, employers.orgNumber.fi.format",
			"FI, 556016-0680, employers.orgNumber.fi.format" })
	void invalidNumbersAreRefusedSayingWhy(Country country, String typed, String problem) {
		OrganisationNumbers.Checked checked = OrganisationNumbers.check(country, typed);

		assertThat(checked.isValid()).as(typed).isFalse();
		assertThat(checked.problem()).isEqualTo(problem);
	}

	@ParameterizedTest
	@CsvSource({ "NO, 00000006", "NO, 12345670", "FI, 0000006", "FI, 1234568" })
	void numbersWhoseRemainderIsOneHaveNoValidCheckDigit(Country country, String body) {
		// the weighted sum of these leaves 1: the check digit would be 10 (NO), or such
		// ids are never issued (FI)
		for (int digit = 0; digit <= 9; digit++) {
			String number = (country == Country.FI) ? body + "-" + digit : body + digit;
			assertThat(OrganisationNumbers.check(country, number).problem()).as(number)
				.isEqualTo("employers.orgNumber.checkDigit");
		}
	}

	@ParameterizedTest
	@CsvSource({ "NO", "SE", "FI" })
	void blankNumberIsRequired(Country country) {
		assertThat(OrganisationNumbers.check(country, "  ").problem()).isEqualTo("employers.orgNumber.required");
	}

}
