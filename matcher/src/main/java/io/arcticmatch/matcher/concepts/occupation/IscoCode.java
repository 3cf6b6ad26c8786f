package io.arcticmatch.matcher.concepts.occupation;

import java.util.Optional;

/**
 * An ISCO-08 group code: 1 digit (major group) to 4 digits (unit group).
 *
 * @param value the digits, e.g. {@code 2221}
 */
public record IscoCode(String value) {

	public IscoCode {
		if (!isValid(value)) {
			throw new IllegalArgumentException("Not an ISCO-08 code: '" + value + "'");
		}
	}

	/**
	 * Whether a text is an ISCO-08 code of 1 to 4 digits.
	 * @param value the text
	 * @return true if valid
	 */
	public static boolean isValid(String value) {
		if (value.isEmpty() || value.length() > 4) {
			return false;
		}
		for (int i = 0; i < value.length(); i++) {
			char c = value.charAt(i);
			if (c < '0' || c > '9') {
				return false;
			}
		}
		return true;
	}

	/**
	 * The level: 1 major, 2 sub-major, 3 minor, 4 unit group.
	 * @return the level
	 */
	public int level() {
		return this.value.length();
	}

	/**
	 * The group one level up.
	 * @return the parent, or empty for a major group
	 */
	public Optional<IscoCode> parent() {
		return (this.value.length() > 1) ? Optional.of(new IscoCode(this.value.substring(0, this.value.length() - 1)))
				: Optional.empty();
	}

	/**
	 * The ancestor at a level.
	 * @param level 1 to this code's level
	 * @return the code cut to that many digits
	 */
	public IscoCode atLevel(int level) {
		if (level < 1 || level > level()) {
			throw new IllegalArgumentException("No level " + level + " above " + this.value);
		}
		return new IscoCode(this.value.substring(0, level));
	}

	@Override
	public String toString() {
		return this.value;
	}

}
