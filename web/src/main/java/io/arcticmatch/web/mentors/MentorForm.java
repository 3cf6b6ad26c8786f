package io.arcticmatch.web.mentors;

import java.util.List;

import io.arcticmatch.web.mentors.Values.Mentor;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;

/**
 * The offer to mentor as typed: occupations as job titles separated by commas (or concept
 * ids from the typeahead), ticked languages, home municipality, hours a month, a few
 * words.
 */
record MentorForm(
		@NotBlank(message = "{mentors.form.occupations.required}") @Size(max = 500,
				message = "{mentors.form.occupations.required}") String occupations,
		@NotEmpty(message = "{mentors.form.languages.required}") @Nullable List<String> languages,
		@NotBlank(message = "{mentors.form.place.required}") @Size(max = 200,
				message = "{mentors.form.place.required}") String place,
		@NotNull(message = "{mentors.form.hours.range}") @Min(value = 1, message = "{mentors.form.hours.range}") @Max(
				value = 40, message = "{mentors.form.hours.range}") @Nullable Integer hoursPerMonth,
		@Size(max = 1000, message = "{mentors.form.about.tooLong}") @Nullable String about) {

	static MentorForm empty() {
		return new MentorForm("", List.of(), "", 4, "");
	}

	static MentorForm of(Mentor mentor, List<String> occupationLabels) {
		return new MentorForm(String.join(", ", occupationLabels), mentor.languageList(), mentor.placeName(),
				mentor.hoursPerMonth(), mentor.about());
	}

	List<String> occupationTerms() {
		return java.util.Arrays.stream(this.occupations.split(","))
			.map(String::strip)
			.filter((t) -> !t.isEmpty())
			.toList();
	}

}
