package io.arcticmatch.matcher.matching;

import java.util.List;

import io.arcticmatch.matcher.concepts.language.CefrLevel;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Every weight and threshold of matching, in points of a score from 0 to 100. The most a
 * posting can earn is the sum of the rewarding weights ({@link #occupation},
 * {@link #experience}, {@link #skills}, {@link #languages}, {@link #licences},
 * {@link #distance}, {@link #employmentType}, {@link #remote}, {@link #salary},
 * {@link #freshness}, {@link #deadlineSoon}), which must not exceed 100; penalties
 * subtract, and a score below 0 is lifted to 0.
 *
 * @param occupation points for the same occupation concept at a mapping confidence of 1
 * @param sameUnitGroupShare share of {@code occupation} for the same ISCO-08 unit group
 * (4 digits)
 * @param sameMinorGroupShare share for the same minor group (3 digits)
 * @param sameSubMajorGroupShare share for the same sub-major group (2 digits)
 * @param experience most points for years of experience in the matching occupation,
 * scaled like the occupation's points
 * @param experienceFullYears years of experience that earn all of {@code experience}
 * @param skills points when every skill the ad asks for is covered, shared equally among
 * them
 * @param niceToHaveSkillShare what a skill the ad names as a merit is worth, as a share
 * of a required one
 * @param languages points when every working language the ad names is spoken, shared
 * equally among them
 * @param missingRequiredLanguagePenalty points taken for each required working language
 * the seeker does not speak at {@code assumedLanguageLevel}
 * @param assumedLanguageLevel the level a seeker needs for a language to count, as ads
 * state no levels yet
 * @param licences points when every driving licence the ad asks for is held, shared
 * equally among them
 * @param missingLicencePenalty points taken for each licence asked for and not held
 * @param distance points for a job at the seeker's home (or a fully remote job)
 * @param commuteLimitShare share of {@code distance} left for a job at exactly the
 * commute limit; it falls linearly from 1 at home to this at the limit
 * @param relocation points for a job beyond the commute in a country the seeker would
 * move to; at most what a job at the commute limit earns, so that farther never scores
 * higher
 * @param tooFarPenalty points taken for a job beyond the commute where the seeker would
 * not move, or in a country the seeker does not consider; large enough that such a job,
 * even in the seeker's own occupation, ranks below a reachable job of a related one: the
 * seeker said they cannot take it (docs/evaluation.md: 15 points left unreachable ads in
 * the top 10 and cost 0.05 nDCG@10)
 * @param employmentType points for an employment type the seeker wishes
 * @param employmentTypePenalty points taken for a type the seeker does not wish
 * @param remote points for an on-site/hybrid/remote mode the seeker wishes
 * @param remotePenalty points taken for a mode the seeker does not wish
 * @param salary points when the ad's highest pay meets the seeker's wish
 * @param salaryPenalty points taken when it is below the wish
 * @param freshness points for an ad published today, falling linearly to 0 at
 * {@code freshnessHorizonDays}
 * @param freshnessHorizonDays age in days at which an ad earns no freshness points
 * @param deadlineSoon points for a deadline that is today, falling linearly to 0 at
 * {@code deadlineSoonDays}: an ad one must act on now is worth showing first
 * @param deadlineSoonDays days before the deadline from which the ad counts as urgent
 * @param deadlinePassedPenalty points taken when the deadline has passed (the index
 * leaves such ads out; this keeps a stale candidate at the bottom)
 * @param candidates how many postings each retrieval search (by occupation group, by
 * distance) fetches from the index for re-ranking
 */
@ConfigurationProperties("arctic.matching")
public record MatchWeights(@DefaultValue("35") double occupation, @DefaultValue("0.75") double sameUnitGroupShare,
		@DefaultValue("0.5") double sameMinorGroupShare, @DefaultValue("0.25") double sameSubMajorGroupShare,
		@DefaultValue("5") double experience, @DefaultValue("5") double experienceFullYears,
		@DefaultValue("25") double skills, @DefaultValue("0.5") double niceToHaveSkillShare,
		@DefaultValue("8") double languages, @DefaultValue("20") double missingRequiredLanguagePenalty,
		@DefaultValue("B1") CefrLevel assumedLanguageLevel, @DefaultValue("4") double licences,
		@DefaultValue("8") double missingLicencePenalty, @DefaultValue("10") double distance,
		@DefaultValue("0.5") double commuteLimitShare, @DefaultValue("4") double relocation,
		@DefaultValue("30") double tooFarPenalty, @DefaultValue("3") double employmentType,
		@DefaultValue("3") double employmentTypePenalty, @DefaultValue("2") double remote,
		@DefaultValue("2") double remotePenalty, @DefaultValue("3") double salary,
		@DefaultValue("3") double salaryPenalty, @DefaultValue("3") double freshness,
		@DefaultValue("30") double freshnessHorizonDays, @DefaultValue("2") double deadlineSoon,
		@DefaultValue("7") double deadlineSoonDays, @DefaultValue("50") double deadlinePassedPenalty,
		@DefaultValue("300") int candidates) {

	public MatchWeights {
		List<Double> points = List.of(occupation, experience, skills, languages, missingRequiredLanguagePenalty,
				licences, missingLicencePenalty, distance, relocation, tooFarPenalty, employmentType,
				employmentTypePenalty, remote, remotePenalty, salary, salaryPenalty, freshness, deadlineSoon,
				deadlinePassedPenalty);
		for (double point : points) {
			if (!(point >= 0) || Double.isInfinite(point)) {
				throw new IllegalArgumentException("Match weights are finite and 0 or more: " + points);
			}
		}
		double rewards = occupation + experience + skills + languages + licences + distance + employmentType + remote
				+ salary + freshness + deadlineSoon;
		if (rewards > MatchScore.MAX) {
			throw new IllegalArgumentException("The rewarding match weights add up to %s, more than the %s a score has"
				.formatted(rewards, MatchScore.MAX));
		}
		if (!(0 <= sameSubMajorGroupShare && sameSubMajorGroupShare <= sameMinorGroupShare
				&& sameMinorGroupShare <= sameUnitGroupShare && sameUnitGroupShare <= 1)) {
			throw new IllegalArgumentException(
					"Occupation shares fall from unit to sub-major group within [0, 1]: %s, %s, %s"
						.formatted(sameUnitGroupShare, sameMinorGroupShare, sameSubMajorGroupShare));
		}
		if (!(0 <= niceToHaveSkillShare && niceToHaveSkillShare <= 1)) {
			throw new IllegalArgumentException(
					"A nice-to-have skill's share is in [0, 1], not " + niceToHaveSkillShare);
		}
		if (!(0 <= commuteLimitShare && commuteLimitShare <= 1)) {
			throw new IllegalArgumentException("The commute limit share is in [0, 1], not " + commuteLimitShare);
		}
		if (relocation > distance * commuteLimitShare) {
			throw new IllegalArgumentException(
					"Relocation (%s) may earn at most what a job at the commute limit earns (%s)".formatted(relocation,
							distance * commuteLimitShare));
		}
		if (!(experienceFullYears > 0 && freshnessHorizonDays > 0 && deadlineSoonDays > 0)) {
			throw new IllegalArgumentException(
					"Experience years, freshness horizon and deadline days must be positive");
		}
		if (candidates < 1) {
			throw new IllegalArgumentException("Fetch at least one candidate, not " + candidates);
		}
	}

	/**
	 * The documented defaults, as the application binds them when nothing is set.
	 * @return the default weights
	 */
	public static MatchWeights defaults() {
		return new Binder(List.of()).bindOrCreate("arctic.matching", MatchWeights.class);
	}

}
