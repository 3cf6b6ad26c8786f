package io.arcticmatch.matcher.posting;

import java.net.URI;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import org.jspecify.annotations.Nullable;

/**
 * One vacancy, normalised from whichever source published it. Optional parts are
 * {@code null} or empty when the source did not say; nothing is invented.
 *
 * @param id source and the source's id
 * @param title the ad's title
 * @param employer the employer's name as published
 * @param description the ad text as sanitised HTML
 * @param language the ISO 639-1 code of the ad's language (nb, nn, sv, fi, en, se, ...)
 * @param occupation the occupation concept, when the source's code or title maps to one
 * @param place where the job is
 * @param skills ids of the skill concepts the ad requires, or asks for without saying
 * whether it requires them
 * @param niceToHaveSkills ids of the skill concepts the ad names as a merit only
 * @param languages the working languages the ad asks for
 * @param drivingLicences ids of the driving licence concepts the ad asks for
 * @param employmentType permanent, temporary, seasonal, if stated
 * @param workingTime full or part time, if stated
 * @param remote on site, hybrid or remote, if stated
 * @param salary the pay the ad states, if any
 * @param published when the source published this version
 * @param applicationDeadline the last moment to apply, if stated
 * @param sourceUrl the ad at its source
 * @param applyUrl where to apply, if not at the source
 * @param status whether it can still be applied for
 * @param guesses what normalisation had to guess, for people checking the data
 */
public record JobPosting(PostingId id, String title, String employer, String description, String language,
		@Nullable PostingOccupation occupation, PostingPlace place, List<String> skills,
		@Nullable List<String> niceToHaveSkills, List<LanguageRequirement> languages, List<String> drivingLicences,
		@Nullable EmploymentType employmentType, @Nullable WorkingTime workingTime, @Nullable RemoteMode remote,
		@Nullable Salary salary, Instant published, @Nullable Instant applicationDeadline, @Nullable URI sourceUrl,
		@Nullable URI applyUrl, PostingStatus status, List<String> guesses) {

	public JobPosting {
		Objects.requireNonNull(id, "id");
		Objects.requireNonNull(place, "place");
		Objects.requireNonNull(published, "published");
		Objects.requireNonNull(status, "status");
		if (title.isBlank()) {
			throw new IllegalArgumentException("Posting %s has no title".formatted(id));
		}
		skills = List.copyOf(skills);
		// postings stored before the field existed have none
		niceToHaveSkills = (niceToHaveSkills != null) ? List.copyOf(niceToHaveSkills) : List.of();
		languages = List.copyOf(languages);
		drivingLicences = List.copyOf(drivingLicences);
		guesses = List.copyOf(guesses);
	}

	public boolean isActive() {
		return this.status == PostingStatus.ACTIVE;
	}

	/**
	 * This posting without what matching never reads: its description, links and guesses.
	 * Every part a match is scored and explained by is kept, so the shortened posting
	 * scores exactly as the whole one; an index can keep it compactly and read a few
	 * hundred candidates for re-ranking at a fraction of the cost of whole postings.
	 * @return the posting with an empty description, no links and no guesses
	 */
	public JobPosting shortened() {
		return new JobPosting(this.id, this.title, this.employer, "", this.language, this.occupation, this.place,
				this.skills, this.niceToHaveSkills, this.languages, this.drivingLicences, this.employmentType,
				this.workingTime, this.remote, this.salary, this.published, this.applicationDeadline, null, null,
				this.status, List.of());
	}

	/**
	 * @param id the posting's id
	 * @param title its title
	 * @param place where the job is
	 * @param published when the source published it
	 * @return a builder of an active posting with nothing else known
	 */
	public static Builder builder(PostingId id, String title, PostingPlace place, Instant published) {
		return new Builder(id, title, place, published);
	}

	/**
	 * @return a builder holding this posting's values
	 */
	public Builder toBuilder() {
		Builder builder = new Builder(this.id, this.title, this.place, this.published);
		builder.employer = this.employer;
		builder.description = this.description;
		builder.language = this.language;
		builder.occupation = this.occupation;
		builder.skills.addAll(this.skills);
		builder.niceToHaveSkills.addAll(this.niceToHaveSkills);
		builder.languages.addAll(this.languages);
		builder.drivingLicences.addAll(this.drivingLicences);
		builder.employmentType = this.employmentType;
		builder.workingTime = this.workingTime;
		builder.remote = this.remote;
		builder.salary = this.salary;
		builder.applicationDeadline = this.applicationDeadline;
		builder.sourceUrl = this.sourceUrl;
		builder.applyUrl = this.applyUrl;
		builder.status = this.status;
		builder.guesses.addAll(this.guesses);
		return builder;
	}

	/**
	 * Builds a {@link JobPosting} part by part, as normalisation learns them.
	 */
	public static final class Builder {

		private final PostingId id;

		private String title;

		private PostingPlace place;

		private Instant published;

		private String employer = "";

		private String description = "";

		private String language = "und";

		private @Nullable PostingOccupation occupation;

		private final List<String> skills = new ArrayList<>();

		private final List<String> niceToHaveSkills = new ArrayList<>();

		private final List<LanguageRequirement> languages = new ArrayList<>();

		private final List<String> drivingLicences = new ArrayList<>();

		private @Nullable EmploymentType employmentType;

		private @Nullable WorkingTime workingTime;

		private @Nullable RemoteMode remote;

		private @Nullable Salary salary;

		private @Nullable Instant applicationDeadline;

		private @Nullable URI sourceUrl;

		private @Nullable URI applyUrl;

		private PostingStatus status = PostingStatus.ACTIVE;

		private final List<String> guesses = new ArrayList<>();

		private Builder(PostingId id, String title, PostingPlace place, Instant published) {
			this.id = id;
			this.title = title;
			this.place = place;
			this.published = published;
		}

		public Builder title(String title) {
			this.title = title;
			return this;
		}

		public Builder place(PostingPlace place) {
			this.place = place;
			return this;
		}

		public Builder published(Instant published) {
			this.published = published;
			return this;
		}

		public Builder employer(String employer) {
			this.employer = employer;
			return this;
		}

		public Builder description(String description) {
			this.description = description;
			return this;
		}

		public Builder language(String language) {
			this.language = language;
			return this;
		}

		public Builder occupation(@Nullable PostingOccupation occupation) {
			this.occupation = occupation;
			return this;
		}

		public Builder skill(String skillId) {
			if (!this.skills.contains(skillId)) {
				this.skills.add(skillId);
			}
			return this;
		}

		public Builder niceToHaveSkill(String skillId) {
			this.niceToHaveSkills.add(skillId);
			return this;
		}

		public Builder language(LanguageRequirement language) {
			this.languages.add(language);
			return this;
		}

		public Builder drivingLicence(String licenceId) {
			if (!this.drivingLicences.contains(licenceId)) {
				this.drivingLicences.add(licenceId);
			}
			return this;
		}

		public Builder employmentType(@Nullable EmploymentType employmentType) {
			this.employmentType = employmentType;
			return this;
		}

		public Builder workingTime(@Nullable WorkingTime workingTime) {
			this.workingTime = workingTime;
			return this;
		}

		public Builder remote(@Nullable RemoteMode remote) {
			this.remote = remote;
			return this;
		}

		public Builder salary(@Nullable Salary salary) {
			this.salary = salary;
			return this;
		}

		public Builder applicationDeadline(@Nullable Instant applicationDeadline) {
			this.applicationDeadline = applicationDeadline;
			return this;
		}

		public Builder sourceUrl(@Nullable URI sourceUrl) {
			this.sourceUrl = sourceUrl;
			return this;
		}

		public Builder applyUrl(@Nullable URI applyUrl) {
			this.applyUrl = applyUrl;
			return this;
		}

		public Builder status(PostingStatus status) {
			this.status = status;
			return this;
		}

		public Builder guess(String guess) {
			this.guesses.add(guess);
			return this;
		}

		public JobPosting build() {
			return new JobPosting(this.id, this.title, this.employer, this.description, this.language, this.occupation,
					this.place, this.skills, this.niceToHaveSkills, this.languages, this.drivingLicences,
					this.employmentType, this.workingTime, this.remote, this.salary, this.published,
					this.applicationDeadline, this.sourceUrl, this.applyUrl, this.status, this.guesses);
		}

	}

}
