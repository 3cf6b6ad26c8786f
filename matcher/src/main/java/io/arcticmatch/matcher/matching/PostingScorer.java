package io.arcticmatch.matcher.matching;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import io.arcticmatch.matcher.concepts.Concepts;
import io.arcticmatch.matcher.concepts.language.CefrLevel;
import io.arcticmatch.matcher.concepts.licence.DrivingLicence;
import io.arcticmatch.matcher.concepts.skill.SkillConcept;
import io.arcticmatch.matcher.posting.CurrencyRates;
import io.arcticmatch.matcher.posting.JobPosting;
import io.arcticmatch.matcher.posting.LanguageRequirement;
import io.arcticmatch.matcher.posting.PostingOccupation;
import io.arcticmatch.matcher.posting.RemoteMode;
import io.arcticmatch.matcher.posting.Salary;

/**
 * Scores how well a job seeker's profile fits a posting, explained reason by reason.
 * Stateless and thread-safe. Each part of the match is one top-level reason; what the ad
 * or the profile does not state is said, worth 0, never guessed.
 */
public class PostingScorer {

	private static final double HOURS_PER_DAY = 24;

	/** A level above the four ISCO digits: the very same concept. */
	private static final int SAME_CONCEPT = 5;

	private final Concepts concepts;

	private final MatchWeights weights;

	private final CurrencyRates rates;

	private final Clock clock;

	/**
	 * @param concepts the concept layer, for the ISCO groups of occupations and the
	 * relations of skills and licences
	 * @param weights the weights and thresholds
	 * @param rates to compare salaries in different currencies
	 * @param clock what "now" is, for freshness and deadlines
	 */
	public PostingScorer(Concepts concepts, MatchWeights weights, CurrencyRates rates, Clock clock) {
		this.concepts = concepts;
		this.weights = weights;
		this.rates = rates;
		this.clock = clock;
	}

	/**
	 * Scores a posting for a profile.
	 * @param profile the job seeker
	 * @param posting the posting
	 * @return the score from {@link MatchScore#MIN} to {@link MatchScore#MAX} with its
	 * reasons
	 */
	public MatchScore score(SeekerProfile profile, JobPosting posting) {
		Instant now = this.clock.instant();
		List<MatchReason> reasons = new ArrayList<>();
		reasons.add(occupation(profile, posting));
		reasons.add(skills(profile, posting));
		reasons.add(languages(profile, posting));
		reasons.add(licences(profile, posting));
		reasons.add(place(profile, posting));
		reasons.add(employmentType(profile, posting));
		reasons.add(remote(profile, posting));
		reasons.add(salary(profile, posting));
		reasons.add(freshness(posting, now));
		reasons.add(deadline(posting, now));
		if (profile.earliestStart() != null) {
			// ads carry no start date yet: say so rather than assume the job starts at
			// once
			reasons.add(MatchReason.leaf(0, MatchReasons.START_NOT_STATED, profile.earliestStart().toString()));
		}
		return MatchScore.of(reasons);
	}

	/**
	 * A cheap bound that {@link #score} of the pair never exceeds; see
	 * {@link #boundFor(JobPosting)}.
	 * @param profile the job seeker
	 * @param posting the posting
	 * @return at least the pair's score
	 */
	double upperBound(SeekerProfile profile, JobPosting posting) {
		return boundFor(posting).of(profile);
	}

	/**
	 * Prepares cheap upper bounds of the scores of one posting, for skipping profiles
	 * that cannot make a top list without scoring them: the occupation part at its best
	 * (full experience), the place part exactly (the two decide most pairs), freshness
	 * and deadline exactly (they do not depend on the profile), and every other part at
	 * the most it can earn when the ad states it. Allocates nothing per profile.
	 * @param posting the posting
	 * @return the bound of its scores
	 */
	Bound boundFor(JobPosting posting) {
		Instant now = this.clock.instant();
		double constant = freshness(posting, now).value() + deadline(posting, now).value();
		if (!posting.skills().isEmpty() || !posting.niceToHaveSkills().isEmpty()) {
			constant += this.weights.skills();
		}
		if (!posting.languages().isEmpty()) {
			constant += this.weights.languages();
		}
		if (!posting.drivingLicences().isEmpty()) {
			constant += this.weights.licences();
		}
		if (posting.employmentType() != null) {
			constant += this.weights.employmentType();
		}
		if (posting.remote() != null) {
			constant += this.weights.remote();
		}
		if (posting.salary() != null) {
			constant += this.weights.salary();
		}
		return new Bound(posting, constant);
	}

	/**
	 * The upper bound of one posting's scores, for any profile.
	 */
	final class Bound {

		private final JobPosting posting;

		private final double constant;

		private Bound(JobPosting posting, double constant) {
			this.posting = posting;
			this.constant = constant;
		}

		/**
		 * @param profile a job seeker
		 * @return at least the score of the posting for the profile
		 */
		double of(SeekerProfile profile) {
			return Math.max(MatchScore.MIN, occupation(profile) + place(profile) + this.constant);
		}

		private double occupation(SeekerProfile profile) {
			PostingOccupation wanted = this.posting.occupation();
			if (wanted == null) {
				return 0;
			}
			int bestLevel = 0;
			for (OccupationExperience offered : profile.occupations()) {
				int level = offered.conceptId().equals(wanted.conceptId()) ? SAME_CONCEPT
						: commonPrefix(iscoCode(offered.conceptId()).orElse(""), wanted.iscoCode());
				bestLevel = Math.max(bestLevel, level);
			}
			MatchWeights weights = PostingScorer.this.weights;
			return (weights.occupation() + weights.experience()) * share(bestLevel) * wanted.confidence();
		}

		private double place(SeekerProfile profile) {
			MatchWeights weights = PostingScorer.this.weights;
			if (this.posting.remote() == RemoteMode.REMOTE) {
				return weights.distance();
			}
			Mobility mobility = profile.mobility().get(this.posting.place().country());
			if (mobility == null) {
				return -weights.tooFarPenalty();
			}
			Home home = profile.home();
			if (home == null || this.posting.place().coordinates() == null) {
				return 0;
			}
			double km = home.location().distanceKm(this.posting.place().coordinates());
			double limit = mobility.maxCommuteKm();
			if (km <= limit) {
				return weights.distance();
			}
			return mobility.willingToRelocate() ? weights.relocation() : -weights.tooFarPenalty();
		}

	}

	private MatchReason occupation(SeekerProfile profile, JobPosting posting) {
		PostingOccupation wanted = posting.occupation();
		if (wanted == null) {
			return top(MatchReasons.OCCUPATION, MatchReason.leaf(0, MatchReasons.OCCUPATION_NOT_STATED));
		}
		OccupationExperience best = null;
		int bestLevel = 0;
		String sharedCode = "";
		for (OccupationExperience offered : profile.occupations()) {
			int level;
			String code;
			if (offered.conceptId().equals(wanted.conceptId())) {
				level = SAME_CONCEPT;
				code = wanted.iscoCode();
			}
			else {
				String offeredCode = iscoCode(offered.conceptId()).orElse("");
				level = commonPrefix(offeredCode, wanted.iscoCode());
				code = wanted.iscoCode().substring(0, level);
			}
			// the most specific match wins; among equals, the longest experience
			if (level > bestLevel || (level == bestLevel && best != null && offered.years() > best.years())) {
				best = offered;
				bestLevel = level;
				sharedCode = code;
			}
		}
		double share = share(bestLevel);
		if (best == null || share == 0) {
			return top(MatchReasons.OCCUPATION,
					MatchReason.leaf(0, MatchReasons.OCCUPATION_UNRELATED, wanted.conceptId()));
		}
		double scale = share * wanted.confidence();
		List<MatchReason> children = new ArrayList<>();
		if (bestLevel == SAME_CONCEPT) {
			children.add(MatchReason.leaf(this.weights.occupation() * scale, MatchReasons.OCCUPATION_SAME_CONCEPT,
					wanted.conceptId(), wanted.confidence()));
		}
		else {
			children.add(MatchReason.leaf(this.weights.occupation() * scale, levelKey(bestLevel), best.conceptId(),
					wanted.conceptId(), sharedCode, wanted.confidence()));
		}
		if (best.years() > 0) {
			double experienced = Math.min(best.years(), this.weights.experienceFullYears())
					/ this.weights.experienceFullYears();
			children.add(MatchReason.leaf(this.weights.experience() * experienced * scale,
					MatchReasons.OCCUPATION_EXPERIENCE, best.conceptId(), best.years()));
		}
		return MatchReason.sumOf(MatchReasons.OCCUPATION, children);
	}

	private double share(int level) {
		return switch (level) {
			case SAME_CONCEPT -> 1;
			case 4 -> this.weights.sameUnitGroupShare();
			case 3 -> this.weights.sameMinorGroupShare();
			case 2 -> this.weights.sameSubMajorGroupShare();
			default -> 0;
		};
	}

	private static String levelKey(int level) {
		return switch (level) {
			case 4 -> MatchReasons.OCCUPATION_SAME_UNIT_GROUP;
			case 3 -> MatchReasons.OCCUPATION_SAME_MINOR_GROUP;
			default -> MatchReasons.OCCUPATION_SAME_SUB_MAJOR_GROUP;
		};
	}

	private Optional<String> iscoCode(String conceptId) {
		return this.concepts.occupations().byId(conceptId).map((concept) -> concept.isco().code().value());
	}

	/**
	 * How many leading ISCO digits two codes share; a coarse code shares at most its own
	 * length, as nothing is known below it.
	 */
	private static int commonPrefix(String a, String b) {
		int length = Math.min(a.length(), b.length());
		int shared = 0;
		while (shared < length && a.charAt(shared) == b.charAt(shared)) {
			shared++;
		}
		return shared;
	}

	/**
	 * Required skills share the skill points; a nice-to-have one counts for
	 * {@link MatchWeights#niceToHaveSkillShare()} of a required one.
	 */
	private MatchReason skills(SeekerProfile profile, JobPosting posting) {
		List<String> required = posting.skills();
		List<String> niceToHave = posting.niceToHaveSkills();
		if (required.isEmpty() && niceToHave.isEmpty()) {
			return top(MatchReasons.SKILLS, MatchReason.leaf(0, MatchReasons.SKILLS_NOT_STATED));
		}
		double share = this.weights.niceToHaveSkillShare();
		double each = this.weights.skills() / (required.size() + share * niceToHave.size());
		List<MatchReason> children = new ArrayList<>();
		for (String skill : required) {
			children.add(skill(profile, skill, each, MatchReasons.SKILL_COVERED, MatchReasons.SKILL_PARTLY_COVERED,
					MatchReasons.SKILL_MISSING));
		}
		for (String skill : niceToHave) {
			children.add(skill(profile, skill, each * share, MatchReasons.SKILL_MERIT_COVERED,
					MatchReasons.SKILL_MERIT_PARTLY_COVERED, MatchReasons.SKILL_MERIT_MISSING));
		}
		return MatchReason.sumOf(MatchReasons.SKILLS, children);
	}

	private MatchReason skill(SeekerProfile profile, String skill, double worth, String covered, String partlyCovered,
			String missing) {
		if (profile.skills().contains(skill)) {
			return MatchReason.leaf(worth, covered, skill);
		}
		double bestCredit = 0;
		String bestOffered = "";
		Optional<SkillConcept> asked = this.concepts.skills().byId(skill);
		if (asked.isPresent()) {
			for (String offeredId : profile.skills()) {
				Optional<SkillConcept> offered = this.concepts.skills().byId(offeredId);
				double credit = offered.map((concept) -> this.concepts.skills().credit(asked.get(), concept))
					.orElse(0.0);
				if (credit > bestCredit) {
					bestCredit = credit;
					bestOffered = offeredId;
				}
			}
		}
		return (bestCredit > 0) ? MatchReason.leaf(worth * bestCredit, partlyCovered, skill, bestOffered, bestCredit)
				: MatchReason.leaf(0, missing, skill);
	}

	private MatchReason languages(SeekerProfile profile, JobPosting posting) {
		List<LanguageRequirement> asked = posting.languages();
		if (asked.isEmpty()) {
			return top(MatchReasons.LANGUAGES, MatchReason.leaf(0, MatchReasons.LANGUAGES_NOT_STATED));
		}
		double each = this.weights.languages() / asked.size();
		CefrLevel assumed = this.weights.assumedLanguageLevel();
		List<MatchReason> children = new ArrayList<>();
		for (LanguageRequirement requirement : asked) {
			Optional<CefrLevel> level = levelOf(profile, requirement.languageCode());
			boolean spoken = level.filter((held) -> held.meets(assumed)).isPresent();
			String levelName = level.map(CefrLevel::name).orElse("");
			if (requirement.required()) {
				children.add(spoken
						? MatchReason.leaf(each, MatchReasons.LANGUAGE_REQUIRED_HELD, requirement.languageCode(),
								levelName)
						: MatchReason.leaf(-this.weights.missingRequiredLanguagePenalty(),
								MatchReasons.LANGUAGE_REQUIRED_MISSING, requirement.languageCode(), levelName));
			}
			else {
				children.add(spoken
						? MatchReason.leaf(each, MatchReasons.LANGUAGE_ADVANTAGE_HELD, requirement.languageCode(),
								levelName)
						: MatchReason.leaf(0, MatchReasons.LANGUAGE_ADVANTAGE_MISSING, requirement.languageCode()));
			}
		}
		children.add(MatchReason.leaf(0, MatchReasons.LANGUAGE_LEVEL_NOT_STATED, assumed.name()));
		return MatchReason.sumOf(MatchReasons.LANGUAGES, children);
	}

	private static Optional<CefrLevel> levelOf(SeekerProfile profile, String code) {
		String wanted = writtenLanguage(code);
		return profile.languages()
			.stream()
			.filter((spoken) -> writtenLanguage(spoken.languageCode()).equals(wanted))
			.map(LanguageSkill::level)
			.max(Enum::compareTo);
	}

	/**
	 * Bokmål and nynorsk are two written standards of one language; an ad naming either
	 * asks for Norwegian, so both count as the same.
	 */
	private static String writtenLanguage(String code) {
		String lower = code.strip().toLowerCase(Locale.ROOT);
		return switch (lower) {
			case "nb", "nn", "no", "nob", "nno", "nor" -> "no";
			default -> lower;
		};
	}

	private MatchReason licences(SeekerProfile profile, JobPosting posting) {
		List<String> asked = posting.drivingLicences();
		if (asked.isEmpty()) {
			return top(MatchReasons.LICENCES, MatchReason.leaf(0, MatchReasons.LICENCES_NOT_STATED));
		}
		double each = this.weights.licences() / asked.size();
		List<MatchReason> children = new ArrayList<>();
		for (String licence : asked) {
			Optional<String> held = coveringLicence(profile, licence);
			children.add(held.isPresent() ? MatchReason.leaf(each, MatchReasons.LICENCE_HELD, licence, held.get())
					: MatchReason.leaf(-this.weights.missingLicencePenalty(), MatchReasons.LICENCE_MISSING, licence));
		}
		return MatchReason.sumOf(MatchReasons.LICENCES, children);
	}

	private Optional<String> coveringLicence(SeekerProfile profile, String required) {
		if (profile.drivingLicences().contains(required)) {
			return Optional.of(required);
		}
		Optional<DrivingLicence> wanted = this.concepts.licences().byId(required);
		if (wanted.isEmpty()) {
			return Optional.empty();
		}
		for (String heldId : profile.drivingLicences()) {
			Optional<DrivingLicence> held = this.concepts.licences().byId(heldId);
			if (held.isPresent() && this.concepts.licences().covers(held.get(), wanted.get())) {
				return Optional.of(heldId);
			}
		}
		return Optional.empty();
	}

	private MatchReason place(SeekerProfile profile, JobPosting posting) {
		String country = posting.place().country().name();
		if (posting.remote() == RemoteMode.REMOTE) {
			return top(MatchReasons.PLACE, MatchReason.leaf(this.weights.distance(), MatchReasons.PLACE_REMOTE_JOB));
		}
		Mobility mobility = profile.mobility().get(posting.place().country());
		if (mobility == null) {
			return top(MatchReasons.PLACE, MatchReason.leaf(-this.weights.tooFarPenalty(),
					MatchReasons.PLACE_COUNTRY_NOT_CONSIDERED, country));
		}
		Home home = profile.home();
		if (home == null || posting.place().coordinates() == null) {
			return top(MatchReasons.PLACE, MatchReason.leaf(0, MatchReasons.PLACE_DISTANCE_UNKNOWN, country));
		}
		double km = home.location().distanceKm(posting.place().coordinates());
		double limit = mobility.maxCommuteKm();
		if (km <= limit) {
			double fallOff = (limit > 0) ? (1 - this.weights.commuteLimitShare()) * km / limit : 0;
			return top(MatchReasons.PLACE, MatchReason.leaf(this.weights.distance() * (1 - fallOff),
					MatchReasons.PLACE_WITHIN_COMMUTE, km, limit, home.placeName()));
		}
		if (mobility.willingToRelocate()) {
			return top(MatchReasons.PLACE, MatchReason.leaf(this.weights.relocation(), MatchReasons.PLACE_RELOCATION,
					km, country, home.placeName()));
		}
		return top(MatchReasons.PLACE, MatchReason.leaf(-this.weights.tooFarPenalty(), MatchReasons.PLACE_TOO_FAR, km,
				limit, home.placeName()));
	}

	private MatchReason employmentType(SeekerProfile profile, JobPosting posting) {
		if (posting.employmentType() == null) {
			return top(MatchReasons.EMPLOYMENT_TYPE, MatchReason.leaf(0, MatchReasons.EMPLOYMENT_TYPE_NOT_STATED));
		}
		String type = posting.employmentType().name();
		if (profile.employmentTypes().isEmpty()) {
			return top(MatchReasons.EMPLOYMENT_TYPE,
					MatchReason.leaf(0, MatchReasons.EMPLOYMENT_TYPE_NO_PREFERENCE, type));
		}
		return top(MatchReasons.EMPLOYMENT_TYPE,
				profile.employmentTypes().contains(posting.employmentType())
						? MatchReason.leaf(this.weights.employmentType(), MatchReasons.EMPLOYMENT_TYPE_WISHED, type)
						: MatchReason.leaf(-this.weights.employmentTypePenalty(),
								MatchReasons.EMPLOYMENT_TYPE_NOT_WISHED, type));
	}

	private MatchReason remote(SeekerProfile profile, JobPosting posting) {
		if (posting.remote() == null) {
			return top(MatchReasons.REMOTE, MatchReason.leaf(0, MatchReasons.REMOTE_NOT_STATED));
		}
		String mode = posting.remote().name();
		if (profile.remoteModes().isEmpty()) {
			return top(MatchReasons.REMOTE, MatchReason.leaf(0, MatchReasons.REMOTE_NO_PREFERENCE, mode));
		}
		return top(MatchReasons.REMOTE,
				profile.remoteModes().contains(posting.remote())
						? MatchReason.leaf(this.weights.remote(), MatchReasons.REMOTE_WISHED, mode)
						: MatchReason.leaf(-this.weights.remotePenalty(), MatchReasons.REMOTE_NOT_WISHED, mode));
	}

	private MatchReason salary(SeekerProfile profile, JobPosting posting) {
		SalaryWish wish = profile.salaryWish();
		Salary offered = posting.salary();
		if (wish == null) {
			return top(MatchReasons.SALARY, MatchReason.leaf(0, MatchReasons.SALARY_NO_WISH));
		}
		if (offered == null) {
			return top(MatchReasons.SALARY, MatchReason.leaf(0, MatchReasons.SALARY_NOT_STATED));
		}
		if (!this.rates.knows(offered.currency()) || !this.rates.knows(wish.currency())) {
			String unknown = this.rates.knows(offered.currency()) ? wish.currency().getCurrencyCode()
					: offered.currency().getCurrencyCode();
			return top(MatchReasons.SALARY, MatchReason.leaf(0, MatchReasons.SALARY_NOT_COMPARABLE, unknown));
		}
		double highest = this.rates.eurPerMonth(offered.upper(), offered.currency(), offered.period());
		double wished = this.rates.eurPerMonth(wish.minimum(), wish.currency(), wish.period());
		return top(MatchReasons.SALARY, (highest >= wished)
				? MatchReason.leaf(this.weights.salary(), MatchReasons.SALARY_MEETS_WISH, highest, wished)
				: MatchReason.leaf(-this.weights.salaryPenalty(), MatchReasons.SALARY_BELOW_WISH, highest, wished));
	}

	private MatchReason freshness(JobPosting posting, Instant now) {
		double days = Math.max(0, days(posting.published(), now));
		double fresh = Math.max(0, 1 - days / this.weights.freshnessHorizonDays());
		return top(MatchReasons.FRESHNESS,
				MatchReason.leaf(this.weights.freshness() * fresh, MatchReasons.FRESHNESS_PUBLISHED, (long) days));
	}

	private MatchReason deadline(JobPosting posting, Instant now) {
		Instant deadline = posting.applicationDeadline();
		if (deadline == null) {
			return top(MatchReasons.DEADLINE, MatchReason.leaf(0, MatchReasons.DEADLINE_NOT_STATED));
		}
		if (!deadline.isAfter(now)) {
			return top(MatchReasons.DEADLINE,
					MatchReason.leaf(-this.weights.deadlinePassedPenalty(), MatchReasons.DEADLINE_PASSED));
		}
		double daysLeft = days(now, deadline);
		if (daysLeft <= this.weights.deadlineSoonDays()) {
			double urgency = 1 - daysLeft / this.weights.deadlineSoonDays();
			return top(MatchReasons.DEADLINE, MatchReason.leaf(this.weights.deadlineSoon() * urgency,
					MatchReasons.DEADLINE_SOON, (long) daysLeft));
		}
		return top(MatchReasons.DEADLINE, MatchReason.leaf(0, MatchReasons.DEADLINE_LATER, (long) daysLeft));
	}

	private static double days(Instant from, Instant to) {
		return Duration.between(from, to).toMinutes() / 60.0 / HOURS_PER_DAY;
	}

	private static MatchReason top(String key, MatchReason only) {
		return MatchReason.sumOf(key, List.of(only));
	}

}
