package io.arcticmatch.matcher.matching;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import io.arcticmatch.matcher.concepts.place.Country;
import io.arcticmatch.matcher.posting.EmploymentType;
import io.arcticmatch.matcher.posting.RemoteMode;
import org.jspecify.annotations.Nullable;

/**
 * What a job seeker offers and wants, in concepts so that it matches postings in any of
 * the three countries and languages. Optional parts are {@code null} or empty when the
 * seeker did not say.
 *
 * @param occupations occupations with years of experience, most relevant first
 * @param skills ids of the skill concepts the seeker has
 * @param languages languages the seeker speaks, with levels
 * @param drivingLicences ids of the driving licence concepts held ({@code licence:B})
 * @param education the highest education completed, if stated
 * @param home where the seeker lives, if stated
 * @param mobility per country, how far the seeker commutes or whether they relocate; a
 * country left out is one the seeker does not look for work in
 * @param employmentTypes the employment types wished; empty for no preference
 * @param remoteModes on site, hybrid or remote as wished; empty for no preference
 * @param earliestStart the first day the seeker can start, if stated
 * @param salaryWish the least pay asked for, if stated
 */
public record SeekerProfile(List<OccupationExperience> occupations, Set<String> skills, List<LanguageSkill> languages,
		Set<String> drivingLicences, @Nullable EducationLevel education, @Nullable Home home,
		Map<Country, Mobility> mobility, Set<EmploymentType> employmentTypes, Set<RemoteMode> remoteModes,
		@Nullable LocalDate earliestStart, @Nullable SalaryWish salaryWish) {

	public SeekerProfile {
		occupations = List.copyOf(occupations);
		skills = Set.copyOf(skills);
		languages = List.copyOf(languages);
		drivingLicences = Set.copyOf(drivingLicences);
		mobility = Map.copyOf(mobility);
		employmentTypes = Set.copyOf(employmentTypes);
		remoteModes = Set.copyOf(remoteModes);
	}

	public static Builder builder() {
		return new Builder();
	}

	/**
	 * @return a builder holding this profile's values
	 */
	public Builder toBuilder() {
		Builder builder = new Builder();
		builder.occupations.addAll(this.occupations);
		builder.skills.addAll(this.skills);
		builder.languages.addAll(this.languages);
		builder.drivingLicences.addAll(this.drivingLicences);
		builder.mobility.putAll(this.mobility);
		builder.employmentTypes.addAll(this.employmentTypes);
		builder.remoteModes.addAll(this.remoteModes);
		return builder.education(this.education)
			.home(this.home)
			.earliestStart(this.earliestStart)
			.salaryWish(this.salaryWish);
	}

	/**
	 * Builds a {@link SeekerProfile}; parts not set are unknown.
	 */
	public static final class Builder {

		private final List<OccupationExperience> occupations = new ArrayList<>();

		private final Set<String> skills = new LinkedHashSet<>();

		private final List<LanguageSkill> languages = new ArrayList<>();

		private final Set<String> drivingLicences = new LinkedHashSet<>();

		private @Nullable EducationLevel education;

		private @Nullable Home home;

		private final Map<Country, Mobility> mobility = new EnumMap<>(Country.class);

		private final Set<EmploymentType> employmentTypes = EnumSet.noneOf(EmploymentType.class);

		private final Set<RemoteMode> remoteModes = EnumSet.noneOf(RemoteMode.class);

		private @Nullable LocalDate earliestStart;

		private @Nullable SalaryWish salaryWish;

		private Builder() {
		}

		public Builder occupation(String conceptId, double years) {
			this.occupations.add(new OccupationExperience(conceptId, years));
			return this;
		}

		public Builder skill(String skillId) {
			this.skills.add(skillId);
			return this;
		}

		public Builder language(LanguageSkill language) {
			this.languages.removeIf((known) -> known.languageCode().equals(language.languageCode()));
			this.languages.add(language);
			return this;
		}

		public Builder drivingLicence(String licenceId) {
			this.drivingLicences.add(licenceId);
			return this;
		}

		public Builder education(@Nullable EducationLevel education) {
			this.education = education;
			return this;
		}

		public Builder home(@Nullable Home home) {
			this.home = home;
			return this;
		}

		public Builder mobility(Country country, Mobility mobility) {
			this.mobility.put(country, mobility);
			return this;
		}

		public Builder employmentType(EmploymentType type) {
			this.employmentTypes.add(type);
			return this;
		}

		public Builder remoteMode(RemoteMode mode) {
			this.remoteModes.add(mode);
			return this;
		}

		public Builder earliestStart(@Nullable LocalDate earliestStart) {
			this.earliestStart = earliestStart;
			return this;
		}

		public Builder salaryWish(@Nullable SalaryWish salaryWish) {
			this.salaryWish = salaryWish;
			return this;
		}

		public SeekerProfile build() {
			return new SeekerProfile(this.occupations, this.skills, this.languages, this.drivingLicences,
					this.education, this.home, this.mobility, this.employmentTypes, this.remoteModes,
					this.earliestStart, this.salaryWish);
		}

	}

}
