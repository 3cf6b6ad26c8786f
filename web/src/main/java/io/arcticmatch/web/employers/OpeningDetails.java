package io.arcticmatch.web.employers;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import io.arcticmatch.matcher.concepts.place.Country;
import io.arcticmatch.matcher.posting.EmploymentType;
import io.arcticmatch.matcher.posting.RemoteMode;
import io.arcticmatch.matcher.posting.SalaryPeriod;
import io.arcticmatch.matcher.posting.WorkingTime;
import org.jspecify.annotations.Nullable;

/**
 * What an employer entered for an opening, checked and resolved to concepts.
 *
 * @param title the headline
 * @param occupationId the occupation concept
 * @param occupationLabel the occupation as the employer saw it
 * @param skills the skill concepts asked for
 * @param descriptionHtml the text, limited to the safe subset
 * @param country where the job is
 * @param municipalityCode the municipality's national code
 * @param municipalityName the municipality as shown
 * @param employmentType permanent, temporary, seasonal or other
 * @param workingTime full or part time, if said
 * @param remoteMode on site, hybrid or remote
 * @param languages working languages with the level asked for
 * @param licenceIds driving licence concepts asked for
 * @param salaryMin lowest salary, if given
 * @param salaryMax highest salary, if a range is given
 * @param currency the salary's currency, NOK, SEK or EUR
 * @param salaryPeriod what the salary is paid for
 * @param deadline the last day to apply, in the job's country
 * @param applyUrl a web address to apply at, or null
 * @param applyEmail an address to apply to, or null
 */
public record OpeningDetails(String title, String occupationId, String occupationLabel, List<Concept> skills,
		String descriptionHtml, Country country, String municipalityCode, String municipalityName,
		EmploymentType employmentType, @Nullable WorkingTime workingTime, RemoteMode remoteMode,
		List<WorkingLanguage> languages, List<String> licenceIds, @Nullable BigDecimal salaryMin,
		@Nullable BigDecimal salaryMax, @Nullable String currency, @Nullable SalaryPeriod salaryPeriod,
		LocalDate deadline, @Nullable String applyUrl, @Nullable String applyEmail) {

	public OpeningDetails {
		skills = List.copyOf(skills);
		languages = List.copyOf(languages);
		licenceIds = List.copyOf(licenceIds);
	}

	/**
	 * A concept with the label the employer saw.
	 *
	 * @param id the concept id
	 * @param label its label
	 */
	public record Concept(String id, String label) {

	}

	/**
	 * A working language.
	 *
	 * @param languageId the language concept
	 * @param level the CEFR level asked for, A1 to C2
	 * @param required false when it is a merit only
	 */
	public record WorkingLanguage(String languageId, String level, boolean required) {

	}

}
