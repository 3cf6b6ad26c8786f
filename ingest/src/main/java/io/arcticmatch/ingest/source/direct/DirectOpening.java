package io.arcticmatch.ingest.source.direct;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Objects;

import io.arcticmatch.ingest.source.RawPosting;
import io.arcticmatch.ingest.source.SourceFormat;
import io.arcticmatch.ingest.source.parse.JsonPayloads;
import io.arcticmatch.matcher.concepts.place.Country;
import org.jspecify.annotations.Nullable;

/**
 * One version of an opening an employer entered on Arctic Match: the payload of
 * {@link SourceFormat#DIRECT}. Concepts are the ids of Arctic Match's own concept layer,
 * exactly as the employer picked them, so nothing has to be guessed.
 *
 * @param id the opening's id at Arctic Match
 * @param version grows with every change; two versions never have the same payload, so
 * that reopening an opening is not taken for a re-delivery
 * @param open false when the opening was closed or expired: the version withdraws it
 * @param title the headline
 * @param employerName the organisation's name
 * @param employerOrgNumber its organisation number
 * @param descriptionHtml the text, already limited to the safe subset (sanitised again
 * downstream)
 * @param textLanguage ISO 639-1 code of the text's language, if the employer said
 * @param occupationId an occupation concept id, or null
 * @param occupationLabel the occupation as the employer saw it
 * @param skillIds skill concept ids
 * @param languages working languages with the level asked for
 * @param licenceIds driving licence concept ids
 * @param country where the job is
 * @param municipalityCode the national municipality code
 * @param municipalityName the municipality as shown to the employer
 * @param employmentType PERMANENT, TEMPORARY, SEASONAL or OTHER
 * @param workingTime FULL_TIME or PART_TIME, or null
 * @param remoteMode ON_SITE, HYBRID or REMOTE
 * @param salaryMin the lowest salary, or null for none
 * @param salaryMax the highest salary of a range, or null
 * @param salaryCurrency NOK, SEK or EUR when a salary is given
 * @param salaryPeriod HOUR, MONTH or YEAR when a salary is given
 * @param published when the opening was first published
 * @param updated when this version was made
 * @param deadline the last moment to apply, or null
 * @param applyUrl where to apply: a web address or a {@code mailto:} link
 * @param pageUrl the opening's page on Arctic Match, or null
 */
public record DirectOpening(String id, long version, boolean open, String title, String employerName,
		@Nullable String employerOrgNumber, String descriptionHtml, @Nullable String textLanguage,
		@Nullable String occupationId, @Nullable String occupationLabel, List<String> skillIds,
		List<LanguageNeed> languages, List<String> licenceIds, Country country, @Nullable String municipalityCode,
		@Nullable String municipalityName, @Nullable String employmentType, @Nullable String workingTime,
		@Nullable String remoteMode, @Nullable BigDecimal salaryMin, @Nullable BigDecimal salaryMax,
		@Nullable String salaryCurrency, @Nullable String salaryPeriod, Instant published, Instant updated,
		@Nullable Instant deadline, @Nullable String applyUrl, @Nullable String pageUrl) {

	public DirectOpening {
		Objects.requireNonNull(id, "id");
		Objects.requireNonNull(country, "country");
		Objects.requireNonNull(published, "published");
		Objects.requireNonNull(updated, "updated");
		skillIds = List.copyOf(skillIds);
		languages = List.copyOf(languages);
		licenceIds = List.copyOf(licenceIds);
	}

	/**
	 * @return this version as the raw posting the intake keeps
	 */
	public RawPosting toRawPosting() {
		return RawPosting.of(SourceFormat.DIRECT, this.id, JsonPayloads.JSON.writeValueAsString(this), this.updated);
	}

	/**
	 * A working language the opening asks for.
	 *
	 * @param languageId a language concept id
	 * @param level the CEFR level asked for (A1..C2), or null
	 * @param required false when it is a merit only
	 */
	public record LanguageNeed(String languageId, @Nullable String level, boolean required) {

	}

}
