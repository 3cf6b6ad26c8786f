package io.arcticmatch.web.employers;

import java.util.regex.Pattern;

import io.arcticmatch.matcher.concepts.place.Country;
import org.jspecify.annotations.Nullable;

/**
 * Checks the national organisation numbers with their check digits: the Norwegian
 * organisasjonsnummer, the Swedish organisationsnummer and the Finnish Y-tunnus.
 */
public final class OrganisationNumbers {

	private static final int[] NORWEGIAN_WEIGHTS = { 3, 2, 7, 6, 5, 4, 3, 2 };

	private static final int[] FINNISH_WEIGHTS = { 7, 9, 10, 5, 8, 4, 2 };

	private static final Pattern SEPARATORS = Pattern.compile("[\\s\\u00a0]");

	private OrganisationNumbers() {
	}

	/**
	 * @param country whose number it is
	 * @param number as typed
	 * @return the number in its usual written form, or the message key of what is wrong
	 */
	public static Checked check(Country country, @Nullable String number) {
		String typed = (number != null) ? SEPARATORS.matcher(number).replaceAll("") : "";
		if (typed.isEmpty()) {
			return Checked.invalid("employers.orgNumber.required");
		}
		return switch (country) {
			case NO -> norwegian(typed);
			case SE -> swedish(typed);
			case FI -> finnish(typed);
		};
	}

	private static Checked norwegian(String typed) {
		if (!typed.matches("\\d{9}")) {
			return Checked.invalid("employers.orgNumber.no.format");
		}
		int remainder = weightedSum(typed, NORWEGIAN_WEIGHTS) % 11;
		int check = (remainder == 0) ? 0 : 11 - remainder;
		// a remainder of 1 would need the check digit 10: no such number is issued
		if (check == 10 || check != digit(typed, 8)) {
			return Checked.invalid("employers.orgNumber.checkDigit");
		}
		return Checked.valid(typed);
	}

	private static Checked swedish(String typed) {
		String digits = typed.replace("-", "");
		if (typed.indexOf('-') != typed.lastIndexOf('-') || !digits.matches("(16)?\\d{10}")) {
			return Checked.invalid("employers.orgNumber.se.format");
		}
		// the 16 prefix is the tax agency's way of writing an organisation number in 12
		// digits
		if (digits.length() == 12) {
			digits = digits.substring(2);
		}
		int sum = 0;
		for (int i = 0; i < 10; i++) {
			int value = digit(digits, i) * ((i % 2 == 0) ? 2 : 1);
			sum += (value / 10) + (value % 10);
		}
		if (sum % 10 != 0) {
			return Checked.invalid("employers.orgNumber.checkDigit");
		}
		return Checked.valid(digits.substring(0, 6) + "-" + digits.substring(6));
	}

	private static Checked finnish(String typed) {
		if (!typed.matches("\\d{7}-?\\d|\\d{6}-\\d")) {
			return Checked.invalid("employers.orgNumber.fi.format");
		}
		String digits = typed.replace("-", "");
		// older business ids were written with six digits; the leading zero is implied
		if (digits.length() == 7) {
			digits = "0" + digits;
		}
		int remainder = weightedSum(digits, FINNISH_WEIGHTS) % 11;
		if (remainder == 1) {
			return Checked.invalid("employers.orgNumber.checkDigit");
		}
		int check = (remainder == 0) ? 0 : 11 - remainder;
		if (check != digit(digits, 7)) {
			return Checked.invalid("employers.orgNumber.checkDigit");
		}
		return Checked.valid(digits.substring(0, 7) + "-" + digits.charAt(7));
	}

	private static int weightedSum(String digits, int[] weights) {
		int sum = 0;
		for (int i = 0; i < weights.length; i++) {
			sum += digit(digits, i) * weights[i];
		}
		return sum;
	}

	private static int digit(String digits, int index) {
		return digits.charAt(index) - '0';
	}

	/**
	 * The outcome of a check.
	 *
	 * @param number the number in its usual written form, null when invalid
	 * @param problem the message key of what is wrong, null when valid
	 */
	public record Checked(@Nullable String number, @Nullable String problem) {

		static Checked valid(String number) {
			return new Checked(number, null);
		}

		static Checked invalid(String problem) {
			return new Checked(null, problem);
		}

		public boolean isValid() {
			return this.number != null;
		}

	}

}
