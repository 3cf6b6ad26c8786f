package io.arcticmatch.web.coaching;

import java.time.LocalDate;

import io.arcticmatch.matcher.concepts.place.Country;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;

import org.springframework.format.annotation.DateTimeFormat;

/**
 * An outcome as the coach's or the member's form posts it.
 */
record OutcomeForm(@NotNull(message = "{coaching.outcome.kind.required}") @Nullable OutcomeKind kind,
		@NotBlank(message = "{coaching.outcome.employer.required}") @Size(max = 200,
				message = "{coaching.outcome.employer.tooLong}") String employer,
		@NotNull(message = "{coaching.outcome.country.required}") @Nullable Country country,
		@NotNull(message = "{coaching.outcome.date.required}") @DateTimeFormat(
				iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate occurredOn) {

	static OutcomeForm empty() {
		return new OutcomeForm(null, "", null, null);
	}

	OutcomeEntry toEntry() {
		return new OutcomeEntry(this.kind, this.employer, this.country, this.occurredOn);
	}

}
