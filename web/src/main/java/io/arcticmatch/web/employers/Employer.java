package io.arcticmatch.web.employers;

import java.time.Instant;
import java.util.Locale;
import java.util.UUID;

import io.arcticmatch.matcher.concepts.place.Country;
import org.jspecify.annotations.Nullable;

/**
 * A registered organisation.
 *
 * @param id its id
 * @param name its name
 * @param country the country whose register holds it
 * @param orgNumber its organisation number in the usual written form
 * @param status whether an administrator approved it
 * @param rejectionReason why it was rejected, when it was
 * @param language the language it registered in, for the mails it gets
 * @param registeredAt when it registered
 */
public record Employer(UUID id, String name, Country country, String orgNumber, EmployerStatus status,
		@Nullable String rejectionReason, String language, Instant registeredAt) {

	public boolean isApproved() {
		return this.status == EmployerStatus.APPROVED;
	}

	public Locale locale() {
		return Locale.forLanguageTag(this.language);
	}

}
