package io.arcticmatch.web.coaching;

import java.time.LocalDate;
import java.util.List;

import io.arcticmatch.matcher.concepts.place.Country;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;

import org.springframework.format.annotation.DateTimeFormat;

/**
 * What the group form posts. Messages are keys of the coaching bundles.
 */
record GroupForm(
		@NotBlank(message = "{coaching.group.name.required}") @Size(max = 200,
				message = "{coaching.group.name.tooLong}") String name,
		@Size(max = 4000, message = "{coaching.group.description.tooLong}") @Nullable String description,
		@NotEmpty(message = "{coaching.group.languages.required}") @Nullable List<String> languages,
		@NotNull(message = "{coaching.group.startsOn.required}") @DateTimeFormat(
				iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate startsOn,
		@NotNull(message = "{coaching.group.endsOn.required}") @DateTimeFormat(
				iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate endsOn,
		@NotEmpty(message = "{coaching.group.countries.required}") @Nullable List<Country> targetCountries) {

	/** The languages a group can work in. */
	static final List<String> LANGUAGES = List.of("nb", "sv", "fi", "en", "se");

	static GroupForm empty() {
		return new GroupForm("", "", List.of(), null, null, List.of());
	}

	static GroupForm of(CoachingGroup group) {
		return new GroupForm(group.name(), group.description(), group.languages(), group.startsOn(), group.endsOn(),
				group.targetCountries());
	}

	boolean endsBeforeItStarts() {
		return this.startsOn != null && this.endsOn != null && this.endsOn.isBefore(this.startsOn);
	}

	boolean hasUnknownLanguage() {
		return this.languages != null && !LANGUAGES.containsAll(this.languages);
	}

	GroupDetails toDetails() {
		return new GroupDetails(this.name.strip(), (this.description != null) ? this.description.strip() : "",
				List.copyOf(this.languages), this.startsOn, this.endsOn, List.copyOf(this.targetCountries));
	}

}
