package io.arcticmatch.matcher.concepts.place;

import java.util.Locale;
import java.util.Optional;

import io.arcticmatch.matcher.concepts.core.LabelLanguage;
import io.arcticmatch.matcher.concepts.core.Labels;

/**
 * The countries Arctic Match covers, by ISO 3166-1 alpha-2 code.
 */
public enum Country {

	/** Norway. */
	NO(LabelLanguage.NB, 4, "Norge", "Norge", "Norja", "Norway", "Norga"),
	/** Sweden. */
	SE(LabelLanguage.SV, 4, "Sverige", "Sverige", "Ruotsi", "Sweden", "Ruoŧŧa"),
	/** Finland. */
	FI(LabelLanguage.FI, 3, "Finland", "Finland", "Suomi", "Finland", "Suopma");

	private final LabelLanguage language;

	private final int municipalityCodeLength;

	private final Labels names;

	Country(LabelLanguage language, int municipalityCodeLength, String nb, String sv, String fi, String en, String se) {
		this.language = language;
		this.municipalityCodeLength = municipalityCodeLength;
		this.names = Labels.builder()
			.preferred(LabelLanguage.NB, nb)
			.preferred(LabelLanguage.SV, sv)
			.preferred(LabelLanguage.FI, fi)
			.preferred(LabelLanguage.EN, en)
			.preferred(LabelLanguage.SE, se)
			.build();
	}

	/**
	 * The language the data names its places in.
	 * @return nb, sv or fi
	 */
	public LabelLanguage language() {
		return this.language;
	}

	/**
	 * How many digits a municipality code has: 4 in Norway and Sweden, 3 in Finland.
	 * @return the length
	 */
	public int municipalityCodeLength() {
		return this.municipalityCodeLength;
	}

	/**
	 * The country's name in nb, sv, fi, en and Northern Sámi.
	 * @return the names
	 */
	public Labels names() {
		return this.names;
	}

	/**
	 * A country by its ISO code, any case.
	 * @param code e.g. {@code no}, {@code NOR} is not accepted
	 * @return the country
	 */
	public static Optional<Country> fromCode(String code) {
		return switch (code.strip().toUpperCase(Locale.ROOT)) {
			case "NO" -> Optional.of(NO);
			case "SE" -> Optional.of(SE);
			case "FI" -> Optional.of(FI);
			default -> Optional.empty();
		};
	}

}
