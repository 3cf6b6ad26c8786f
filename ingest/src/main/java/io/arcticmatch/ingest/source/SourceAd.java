package io.arcticmatch.ingest.source;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import io.arcticmatch.matcher.posting.PostingId;
import io.arcticmatch.matcher.posting.RemoteMode;
import io.arcticmatch.matcher.posting.Salary;
import org.jspecify.annotations.Nullable;

/**
 * One ad parsed but not yet mapped to concepts: everything as the source said it, codes
 * tagged by their code system, times in UTC. What the converter had to guess is listed in
 * {@link #guesses()}, so that a person (or a later stage) can tell source facts from
 * assumptions.
 *
 * @param id source and the source's id
 * @param active false when the source sent the full ad but says it is no longer open
 * (NAV's internal format keeps expired ads); withdrawals without content are
 * {@link Conversion.Withdrawn}, not inactive ads
 * @param title the headline
 * @param employerName the employer as published
 * @param employerOrgNumber NO 9-digit organisasjonsnummer, SE 10-digit
 * organisationsnummer or FI Y-tunnus, as given
 * @param descriptionHtml the ad text as HTML exactly as the source gave it, NOT sanitised
 * (a later stage does that); plain text sources are escaped and get paragraph and
 * line-break elements
 * @param textLanguage ISO 639-1 code of the text's language when the source states it,
 * otherwise null (a later stage guesses)
 * @param occupations occupation codes in every system the source used
 * @param skills skills asked for
 * @param languages languages asked for
 * @param drivingLicences driving licences asked for
 * @param places where the job is; empty when the source says nothing
 * @param employmentType e.g. "Fast", "Vanlig anställning", "lönarbete"
 * @param duration e.g. "Tillsvidare", "över 12 månader"
 * @param workingTime full or part time and scope
 * @param remote whether remote work is possible, when the source has a field for it
 * @param salaryText the salary as free text, unparsed
 * @param published when the source published the ad
 * @param updated when the source last changed the ad; orders versions of the same ad
 * @param applicationDeadline the deadline when it could be read as a time
 * @param applicationDeadlineText the deadline as given when it could not be read
 * @param sourceUrl the ad's page at the source
 * @param applyUrl where to apply, when it is a link
 * @param remoteMode on site, hybrid or remote, when the source states the mode itself
 * (direct openings) rather than only whether remote work is possible
 * @param salary the pay as amounts, when the source states them as such (direct openings)
 * @param guesses human-readable notes of every guess made while converting
 */
public record SourceAd(PostingId id, boolean active, String title, @Nullable String employerName,
		@Nullable String employerOrgNumber, @Nullable String descriptionHtml, @Nullable String textLanguage,
		List<SourceCode> occupations, List<Requirement> skills, List<Requirement> languages,
		List<SourceCode> drivingLicences, List<SourcePlace> places, @Nullable CodedText employmentType,
		@Nullable CodedText duration, @Nullable WorkingTime workingTime, @Nullable Boolean remote,
		@Nullable String salaryText, @Nullable Instant published, @Nullable Instant updated,
		@Nullable Instant applicationDeadline, @Nullable String applicationDeadlineText, @Nullable String sourceUrl,
		@Nullable String applyUrl, @Nullable RemoteMode remoteMode, @Nullable Salary salary, List<String> guesses) {

	public SourceAd {
		Objects.requireNonNull(id, "id");
		if (title.isBlank()) {
			throw new IllegalArgumentException("Ad %s has no title".formatted(id));
		}
		occupations = List.copyOf(occupations);
		skills = List.copyOf(skills);
		languages = List.copyOf(languages);
		drivingLicences = List.copyOf(drivingLicences);
		places = List.copyOf(places);
		guesses = List.copyOf(guesses);
	}

	/**
	 * Starts an ad; converters fill it field by field.
	 * @param id the ad's id
	 * @param title its headline
	 * @return a builder
	 */
	public static Builder builder(PostingId id, String title) {
		return new Builder(id, title);
	}

	/**
	 * Collects an ad's fields; the ad has many, most of them optional.
	 */
	public static final class Builder {

		private final PostingId id;

		private final String title;

		private boolean active = true;

		private @Nullable String employerName;

		private @Nullable String employerOrgNumber;

		private @Nullable String descriptionHtml;

		private @Nullable String textLanguage;

		private final List<SourceCode> occupations = new ArrayList<>();

		private final List<Requirement> skills = new ArrayList<>();

		private final List<Requirement> languages = new ArrayList<>();

		private final List<SourceCode> drivingLicences = new ArrayList<>();

		private final List<SourcePlace> places = new ArrayList<>();

		private @Nullable CodedText employmentType;

		private @Nullable CodedText duration;

		private @Nullable WorkingTime workingTime;

		private @Nullable Boolean remote;

		private @Nullable String salaryText;

		private @Nullable Instant published;

		private @Nullable Instant updated;

		private @Nullable Instant applicationDeadline;

		private @Nullable String applicationDeadlineText;

		private @Nullable String sourceUrl;

		private @Nullable String applyUrl;

		private @Nullable RemoteMode remoteMode;

		private @Nullable Salary salary;

		private Builder(PostingId id, String title) {
			this.id = id;
			this.title = title;
		}

		public Builder active(boolean active) {
			this.active = active;
			return this;
		}

		public Builder employer(@Nullable String name, @Nullable String orgNumber) {
			this.employerName = name;
			this.employerOrgNumber = orgNumber;
			return this;
		}

		public Builder descriptionHtml(@Nullable String html) {
			this.descriptionHtml = html;
			return this;
		}

		public Builder textLanguage(@Nullable String language) {
			this.textLanguage = language;
			return this;
		}

		public Builder occupations(List<SourceCode> codes) {
			this.occupations.addAll(codes);
			return this;
		}

		public Builder skills(List<Requirement> requirements) {
			this.skills.addAll(requirements);
			return this;
		}

		public Builder languages(List<Requirement> requirements) {
			this.languages.addAll(requirements);
			return this;
		}

		public Builder drivingLicences(List<SourceCode> licences) {
			this.drivingLicences.addAll(licences);
			return this;
		}

		public Builder places(List<SourcePlace> places) {
			this.places.addAll(places);
			return this;
		}

		public Builder employmentType(@Nullable CodedText employmentType) {
			this.employmentType = employmentType;
			return this;
		}

		public Builder duration(@Nullable CodedText duration) {
			this.duration = duration;
			return this;
		}

		public Builder workingTime(@Nullable WorkingTime workingTime) {
			this.workingTime = workingTime;
			return this;
		}

		public Builder remote(@Nullable Boolean remote) {
			this.remote = remote;
			return this;
		}

		public Builder salaryText(@Nullable String salaryText) {
			this.salaryText = salaryText;
			return this;
		}

		public Builder published(@Nullable Instant published) {
			this.published = published;
			return this;
		}

		public Builder updated(@Nullable Instant updated) {
			this.updated = updated;
			return this;
		}

		public Builder applicationDeadline(@Nullable Instant deadline, @Nullable String deadlineText) {
			this.applicationDeadline = deadline;
			this.applicationDeadlineText = deadlineText;
			return this;
		}

		public Builder sourceUrl(@Nullable String sourceUrl) {
			this.sourceUrl = sourceUrl;
			return this;
		}

		public Builder applyUrl(@Nullable String applyUrl) {
			this.applyUrl = applyUrl;
			return this;
		}

		public Builder remoteMode(@Nullable RemoteMode remoteMode) {
			this.remoteMode = remoteMode;
			return this;
		}

		public Builder salary(@Nullable Salary salary) {
			this.salary = salary;
			return this;
		}

		/**
		 * @param guesses the notes of what was guessed while converting
		 * @return the ad
		 */
		public SourceAd build(List<String> guesses) {
			return new SourceAd(this.id, this.active, this.title, this.employerName, this.employerOrgNumber,
					this.descriptionHtml, this.textLanguage, this.occupations, this.skills, this.languages,
					this.drivingLicences, this.places, this.employmentType, this.duration, this.workingTime,
					this.remote, this.salaryText, this.published, this.updated, this.applicationDeadline,
					this.applicationDeadlineText, this.sourceUrl, this.applyUrl, this.remoteMode, this.salary, guesses);
		}

	}

}
