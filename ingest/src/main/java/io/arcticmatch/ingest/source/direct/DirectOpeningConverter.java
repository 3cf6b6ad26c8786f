package io.arcticmatch.ingest.source.direct;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;

import io.arcticmatch.ingest.source.CodeSystem;
import io.arcticmatch.ingest.source.CodedText;
import io.arcticmatch.ingest.source.Conversion;
import io.arcticmatch.ingest.source.PostingConverter;
import io.arcticmatch.ingest.source.PostingOrigin;
import io.arcticmatch.ingest.source.Requirement;
import io.arcticmatch.ingest.source.SourceAd;
import io.arcticmatch.ingest.source.SourceCode;
import io.arcticmatch.ingest.source.SourceFormat;
import io.arcticmatch.ingest.source.SourcePlace;
import io.arcticmatch.ingest.source.parse.BadField;
import io.arcticmatch.ingest.source.parse.ConversionGuard;
import io.arcticmatch.ingest.source.parse.Fields;
import io.arcticmatch.ingest.source.parse.Guesses;
import io.arcticmatch.matcher.concepts.place.Country;
import io.arcticmatch.matcher.posting.PostingId;
import io.arcticmatch.matcher.posting.RemoteMode;
import io.arcticmatch.matcher.posting.Salary;
import io.arcticmatch.matcher.posting.SalaryPeriod;
import org.jspecify.annotations.Nullable;

/**
 * Reads a {@link DirectOpening}. The concept ids the employer picked are kept as
 * {@link CodeSystem#ARCTIC_CONCEPT} codes, the remote mode and salary as they were
 * entered; a closed version withdraws the opening.
 */
public final class DirectOpeningConverter implements PostingConverter {

	@Override
	public SourceFormat format() {
		return SourceFormat.DIRECT;
	}

	@Override
	public ConversionGuard.Mapping mapping(PostingOrigin origin) {
		return (opening, guesses) -> convert(opening, guesses);
	}

	private static Conversion convert(Fields opening, Guesses guesses) {
		PostingId id = new PostingId(SourceFormat.DIRECT.source(), opening.requiredText("id"));
		Instant updated = instant(opening, "updated");
		if (updated == null) {
			throw new BadField("field 'updated' is missing; every version of an opening has its time");
		}
		if (Boolean.FALSE.equals(opening.bool("open"))) {
			return new Conversion.Withdrawn(id, updated, guesses.list());
		}
		SourceAd.Builder ad = SourceAd.builder(id, opening.requiredText("title"))
			.employer(opening.text("employerName"), opening.text("employerOrgNumber"))
			.descriptionHtml(opening.verbatim("descriptionHtml"))
			.textLanguage(opening.text("textLanguage"))
			.employmentType(
					CodedText.of(employmentWords(opening.text("employmentType")), opening.text("employmentType")))
			.workingTime(io.arcticmatch.ingest.source.WorkingTime.of(workingTimeWords(opening.text("workingTime")),
					opening.text("workingTime"), null, null))
			.remoteMode(remoteMode(opening.text("remoteMode")))
			.salary(salary(opening))
			.published(instant(opening, "published"))
			.updated(updated)
			.applicationDeadline(instant(opening, "deadline"), null)
			.sourceUrl(opening.text("pageUrl"))
			.applyUrl(opening.text("applyUrl"));
		String occupation = opening.text("occupationId");
		if (occupation != null) {
			ad.occupations(
					List.of(new SourceCode(CodeSystem.ARCTIC_CONCEPT, occupation, opening.text("occupationLabel"))));
		}
		ad.skills(opening.texts("skillIds")
			.stream()
			.map((skill) -> new Requirement(new SourceCode(CodeSystem.ARCTIC_CONCEPT, skill, null), true))
			.toList());
		for (Fields language : opening.objects("languages")) {
			Boolean required = language.bool("required");
			ad.languages(List.of(new Requirement(new SourceCode(CodeSystem.ARCTIC_CONCEPT,
					language.requiredText("languageId"), language.text("level")), required == null || required)));
		}
		ad.drivingLicences(opening.texts("licenceIds")
			.stream()
			.map((licence) -> new SourceCode(CodeSystem.ARCTIC_CONCEPT, licence, null))
			.toList());
		ad.places(List.of(place(opening)));
		return new Conversion.Converted(ad.build(guesses.list()));
	}

	private static SourcePlace place(Fields opening) {
		String given = opening.requiredText("country");
		Country country;
		try {
			country = Country.valueOf(given.toUpperCase(Locale.ROOT));
		}
		catch (IllegalArgumentException ex) {
			throw new BadField("field 'country' should be NO, SE or FI but is '%s'".formatted(given));
		}
		return new SourcePlace(country, country.name(), opening.text("municipalityCode"),
				opening.text("municipalityName"), null, null, null, null, null, null);
	}

	private static @Nullable RemoteMode remoteMode(@Nullable String mode) {
		if (mode == null) {
			return null;
		}
		try {
			return RemoteMode.valueOf(mode.toUpperCase(Locale.ROOT));
		}
		catch (IllegalArgumentException ex) {
			throw new BadField("field 'remoteMode' should be ON_SITE, HYBRID or REMOTE but is '%s'".formatted(mode));
		}
	}

	private static @Nullable Salary salary(Fields opening) {
		Double min = opening.decimal("salaryMin");
		if (min == null) {
			return null;
		}
		Double max = opening.decimal("salaryMax");
		String currency = opening.requiredText("salaryCurrency");
		String period = opening.text("salaryPeriod");
		try {
			return new Salary(BigDecimal.valueOf(min), (max != null) ? BigDecimal.valueOf(max) : null,
					java.util.Currency.getInstance(currency.toUpperCase(Locale.ROOT)),
					(period != null) ? SalaryPeriod.valueOf(period.toUpperCase(Locale.ROOT)) : SalaryPeriod.MONTH);
		}
		catch (IllegalArgumentException ex) {
			throw new BadField("the salary %s-%s %s per %s is not usable: %s".formatted(min, max, currency, period,
					ex.getMessage()));
		}
	}

	/**
	 * The words the normaliser reads an employment type from; the code is kept beside
	 * them.
	 */
	private static @Nullable String employmentWords(@Nullable String type) {
		if (type == null) {
			return null;
		}
		return switch (type.toUpperCase(Locale.ROOT)) {
			case "PERMANENT" -> "permanent";
			case "TEMPORARY" -> "temporary";
			case "SEASONAL" -> "seasonal";
			default -> "other";
		};
	}

	private static @Nullable String workingTimeWords(@Nullable String time) {
		if (time == null) {
			return null;
		}
		return switch (time.toUpperCase(Locale.ROOT)) {
			case "FULL_TIME" -> "full time";
			case "PART_TIME" -> "part time";
			default -> null;
		};
	}

	private static @Nullable Instant instant(Fields opening, String name) {
		String text = opening.text(name);
		if (text == null) {
			return null;
		}
		try {
			return Instant.parse(text);
		}
		catch (DateTimeParseException ex) {
			throw new BadField(
					"field '%s' should be a UTC time such as 2026-11-25T10:00:00Z but is '%s'".formatted(name, text));
		}
	}

}
