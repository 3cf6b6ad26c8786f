package io.arcticmatch.matcher.matching;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import io.arcticmatch.matcher.concepts.Concepts;
import io.arcticmatch.matcher.concepts.core.ConceptMatch.Known;
import io.arcticmatch.matcher.concepts.language.CefrLevel;
import io.arcticmatch.matcher.concepts.licence.DrivingLicence;
import io.arcticmatch.matcher.concepts.skill.SkillConcept;
import io.arcticmatch.matcher.posting.CurrencyRates;
import io.arcticmatch.matcher.posting.JobPosting;
import io.arcticmatch.matcher.posting.LanguageRequirement;
import io.arcticmatch.matcher.posting.PostingOccupation;
import io.arcticmatch.matcher.posting.RemoteMode;
import io.arcticmatch.matcher.posting.Salary;
import org.jspecify.annotations.Nullable;

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
		return score(prepare(profile), posting);
	}

	/**
	 * Looks up once what scoring a profile needs from the concept layer, for scoring it
	 * against many postings or keeping it for many openings.
	 * @param profile the job seeker
	 * @return the profile with its concepts resolved
	 */
	Seeker prepare(SeekerProfile profile) {
		return new Seeker(profile);
	}

	/**
	 * The same as {@link #score(SeekerProfile, JobPosting)}.
	 * @param seeker the prepared job seeker
	 * @param posting the posting
	 * @return the score with its reasons
	 */
	MatchScore score(Seeker seeker, JobPosting posting) {
		List<MatchReason> reasons = new ArrayList<>(12);
		parts(seeker, posting, this.clock.instant(), reasons);
		return MatchScore.of(reasons);
	}

	/**
	 * What the reasons of {@link #score(Seeker, JobPosting)} add up to before the lift to
	 * {@link MatchScore#MIN}, to the last bit, without building them: the score is
	 * {@code Math.max(MatchScore.MIN, this)} and its {@link MatchScore#unbounded()} is
	 * this.
	 * @param seeker the prepared job seeker
	 * @param posting the posting
	 * @return the unbounded score
	 */
	double unboundedScore(Seeker seeker, JobPosting posting) {
		return parts(seeker, posting, this.clock.instant(), null);
	}

	/**
	 * Computes every part of a score in one order, adding them as {@link MatchScore#of}
	 * adds the reasons, and adds the reasons to {@code explained} unless it is null. Both
	 * ways run through the same arithmetic, so the value without reasons is exactly the
	 * value with them.
	 * @return the sum of the parts
	 */
	private double parts(Seeker seeker, JobPosting posting, Instant now, @Nullable List<MatchReason> explained) {
		SeekerProfile profile = seeker.profile();
		double sum = 0;
		sum += occupation(seeker, posting, explained);
		sum += skills(seeker, posting, explained);
		sum += languages(seeker, posting, explained);
		sum += licences(seeker, posting, explained);
		sum += place(profile, posting, explained);
		sum += employmentType(profile, posting, explained);
		sum += remote(profile, posting, explained);
		sum += salary(profile, posting, explained);
		sum += freshness(posting, now, explained);
		sum += deadline(posting, now, explained);
		if (profile.earliestStart() != null) {
			// ads carry no start date yet: say so rather than assume the job starts at
			// once
			sum += 0.0;
			if (explained != null) {
				explained.add(MatchReason.leaf(0, MatchReasons.START_NOT_STATED, profile.earliestStart().toString()));
			}
		}
		return sum;
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
	 * An upper bound of {@link #unboundedScore} for one seeker and many postings: every
	 * part exactly but the skills, which are counted as all covered when the ad names any
	 * (comparing skills through their relations is what costs). Adds the parts in another
	 * order than the score, so it may be below it in the last bits; compare with a little
	 * slack.
	 * @param seeker the prepared job seeker
	 * @param posting the posting
	 * @return at least the unbounded score, up to rounding
	 */
	double unboundedBound(Seeker seeker, JobPosting posting) {
		SeekerProfile profile = seeker.profile();
		Instant now = this.clock.instant();
		double skills = (posting.skills().isEmpty() && posting.niceToHaveSkills().isEmpty()) ? 0
				: this.weights.skills();
		return occupation(seeker, posting, null) + skills + languages(seeker, posting, null)
				+ licences(seeker, posting, null) + place(profile, posting, null)
				+ employmentType(profile, posting, null) + remote(profile, posting, null)
				+ salary(profile, posting, null) + freshness(posting, now, null) + deadline(posting, now, null);
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
		double constant = freshness(posting, now, null) + deadline(posting, now, null);
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
	 * Prepares tighter upper bounds of the scores of one posting than
	 * {@link #boundFor(JobPosting)}, for bounding one posting against many seekers
	 * (reverse matching): the skills part is what the seeker's skills can give at most
	 * (through the same relations scoring compares them by: the same id, the same
	 * concept, a linked concept), the place, languages, licences, employment type and
	 * remote parts are exact, and only the salary part is at its most when the ad states
	 * a salary. Costs a table of the skills that give credit per posting, so it pays off
	 * only over many seekers. Allocates per seeker only for those who hold a skill that
	 * gives credit.
	 * @param posting the posting
	 * @return the bound of its scores
	 */
	Bound tightBoundFor(JobPosting posting) {
		Instant now = this.clock.instant();
		double constant = freshness(posting, now, null) + deadline(posting, now, null);
		double others = 0;
		if (!posting.languages().isEmpty()) {
			others += this.weights.languages();
		}
		if (!posting.drivingLicences().isEmpty()) {
			others += this.weights.licences();
		}
		if (posting.employmentType() != null) {
			others += this.weights.employmentType();
		}
		if (posting.remote() != null) {
			others += this.weights.remote();
		}
		double salary = (posting.salary() != null) ? this.weights.salary() : 0;
		return new Bound(posting, constant, others, salary, new SkillCredits(posting));
	}

	/**
	 * The upper bound of one posting's scores, for any profile.
	 */
	final class Bound {

		private final JobPosting posting;

		/**
		 * The parts that do not depend on the seeker, plus (unless {@link #skills} is
		 * set) the others at their most.
		 */
		private final double constant;

		/**
		 * In a tight bound, the languages, licences, employment type and remote parts at
		 * their most; they are computed per seeker. 0 otherwise (they are in
		 * {@link #constant}).
		 */
		private final double others;

		/** In a tight bound, the salary part at its most; 0 otherwise. */
		private final double salary;

		/** In a tight bound, the skills that give credit; null otherwise. */
		private final @Nullable SkillCredits skills;

		private Bound(JobPosting posting, double constant) {
			this.posting = posting;
			this.constant = constant;
			this.others = 0;
			this.salary = 0;
			this.skills = null;
		}

		private Bound(JobPosting posting, double constant, double others, double salary, SkillCredits skills) {
			this.posting = posting;
			this.constant = constant;
			this.others = others;
			this.salary = salary;
			this.skills = skills;
		}

		/**
		 * @param seeker a prepared job seeker
		 * @return at least the score of the posting for the profile
		 */
		double of(Seeker seeker) {
			if (this.skills == null) {
				return Math.max(MatchScore.MIN, occupation(seeker) + place(seeker.profile()) + this.constant);
			}
			return withSkills(seeker, this.skills.of(seeker));
		}

		/**
		 * @param seeker a prepared job seeker
		 * @return at least the seeker's skills part: in a tight bound, per skill asked
		 * for, the best credit any of the seeker's skills gives for it; otherwise all
		 * covered
		 */
		double skills(Seeker seeker) {
			if (this.skills == null) {
				boolean asks = !this.posting.skills().isEmpty() || !this.posting.niceToHaveSkills().isEmpty();
				return asks ? PostingScorer.this.weights.skills() : 0;
			}
			return this.skills.of(seeker);
		}

		/**
		 * The same as {@link #of(Seeker)} when the skills part is known to be at most
		 * {@code skills}: 0 for a seeker who holds none of {@link #creditedSkillIds()}.
		 * @param seeker a prepared job seeker
		 * @param skills at least the seeker's skills part
		 * @return at least the score of the posting for the profile
		 */
		double withSkills(Seeker seeker, double skills) {
			return Math.max(MatchScore.MIN, unclampedWithSkills(seeker, skills));
		}

		/**
		 * {@link #of(Seeker)} before the lift to {@link MatchScore#MIN}: when it is below
		 * that (by more than rounding), the seeker's score is {@link MatchScore#MIN}.
		 * @param seeker a prepared job seeker
		 * @return at least the seeker's unbounded score, up to rounding
		 */
		double unclamped(Seeker seeker) {
			if (this.skills == null) {
				return occupation(seeker) + place(seeker.profile()) + this.constant;
			}
			return unclampedWithSkills(seeker, this.skills.of(seeker));
		}

		/**
		 * {@link #withSkills} before the lift to {@link MatchScore#MIN}.
		 * @param seeker a prepared job seeker
		 * @param skills at least the seeker's skills part
		 * @return at least the seeker's unbounded score, up to rounding
		 */
		double unclampedWithSkills(Seeker seeker, double skills) {
			if (this.skills == null) {
				return unclamped(seeker);
			}
			PostingScorer scorer = PostingScorer.this;
			SeekerProfile profile = seeker.profile();
			return occupation(seeker) + skills + scorer.languages(seeker, this.posting, null)
					+ scorer.licences(seeker, this.posting, null) + scorer.place(profile, this.posting, null)
					+ scorer.employmentType(profile, this.posting, null) + scorer.remote(profile, this.posting, null)
					+ this.salary + this.constant;
		}

		/**
		 * {@link #of(SeekerProfile)} before the lift to {@link MatchScore#MIN}.
		 * @param profile a job seeker
		 * @return at least the profile's unbounded score, up to rounding
		 */
		double unclamped(SeekerProfile profile) {
			if (this.skills != null) {
				return unclamped(prepare(profile));
			}
			return occupation(profile) + place(profile) + this.constant;
		}

		/**
		 * The bound of every seeker who shares at most {@code digits} leading ISCO digits
		 * with the ad and not its concept, for skipping them all without looking at each.
		 * @param digits 0 to 4
		 * @return at least {@link #of} of every such seeker
		 */
		double sharingAtMost(int digits) {
			return Math.max(MatchScore.MIN, unclampedSharingAtMost(digits, true));
		}

		/**
		 * {@link #sharingAtMost} before the lift to {@link MatchScore#MIN}: when it is
		 * below that (by more than rounding), every such seeker scores
		 * {@link MatchScore#MIN}.
		 * @param digits 0 to 4, or 5 for any seeker
		 * @param skills whether the seekers may hold skills that give credit (false: they
		 * hold none of {@link #creditedSkillIds()}; only for a tight bound)
		 * @return at least {@link #unclamped} of every such seeker
		 */
		double unclampedSharingAtMost(int digits, boolean skills) {
			PostingOccupation wanted = this.posting.occupation();
			MatchWeights weights = PostingScorer.this.weights;
			double share = 0;
			for (int level = 0; level <= digits; level++) {
				// the shares need not grow with the level
				share = Math.max(share, share(level));
			}
			double occupation = (wanted != null)
					? (weights.occupation() + weights.experience()) * share * wanted.confidence() : 0;
			double skillsPart = (this.skills != null && skills) ? this.skills.most() : 0;
			return occupation + weights.distance() + skillsPart + this.others + this.salary + this.constant;
		}

		/**
		 * The same for a profile not prepared, looking up its ISCO codes.
		 * @param profile a job seeker
		 * @return at least the score of the posting for the profile
		 */
		double of(SeekerProfile profile) {
			if (this.skills != null) {
				return of(prepare(profile));
			}
			return Math.max(MatchScore.MIN, occupation(profile) + place(profile) + this.constant);
		}

		/**
		 * The bound of every seeker the occupation part gives nothing: who shares fewer
		 * than two ISCO digits with the ad and not its concept, for skipping them all
		 * without looking at each.
		 * @return at least {@link #of} of every such seeker
		 */
		double withoutOccupation() {
			return Math.max(MatchScore.MIN, unclampedSharingAtMost(0, true));
		}

		/**
		 * The bound of every seeker neither the occupation nor the skills part gives
		 * anything: who shares fewer than two ISCO digits with the ad and not its
		 * concept, and holds none of {@link #creditedSkillIds()}. The same as
		 * {@link #withoutOccupation()} unless the bound is tight.
		 * @return at least {@link #of} of every such seeker
		 */
		double withoutOccupationOrSkills() {
			if (this.skills == null) {
				return withoutOccupation();
			}
			return Math.max(MatchScore.MIN, unclampedSharingAtMost(0, false));
		}

		/**
		 * In a tight bound, the skill ids and skill concept ids that give credit for a
		 * skill the ad asks for: a seeker who holds none of them (by id, or by the id of
		 * the concept their skill is) earns no skill points.
		 * @return the ids; empty when the ad asks for no skill; null when the bound is
		 * not tight (every skill may give credit)
		 */
		@Nullable Set<String> creditedSkillIds() {
			return (this.skills != null) ? this.skills.credits.keySet() : null;
		}

		private double occupation(Seeker seeker) {
			PostingOccupation wanted = this.posting.occupation();
			if (wanted == null) {
				return 0;
			}
			List<OccupationExperience> offered = seeker.profile().occupations();
			int bestLevel = 0;
			for (int i = 0; i < offered.size(); i++) {
				int level = offered.get(i).conceptId().equals(wanted.conceptId()) ? SAME_CONCEPT
						: commonPrefix(seeker.iscoCodes[i], wanted.iscoCode());
				bestLevel = Math.max(bestLevel, level);
			}
			MatchWeights weights = PostingScorer.this.weights;
			return (weights.occupation() + weights.experience()) * share(bestLevel) * wanted.confidence();
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

	/**
	 * For one posting, which skills give how much credit for which skill it asks for: the
	 * skill's own id (full credit, as scoring compares ids first), its concept's id (full
	 * credit) and the ids of the concepts linked to it (the link's weight), the same
	 * relations {@link #skill} compares through.
	 */
	private final class SkillCredits {

		/**
		 * Per skill asked for (required, then nice to have), what covering it is worth.
		 */
		private final double[] worth;

		/**
		 * Per skill or concept id, the asked skills it gives credit for, and how much.
		 */
		private final Map<String, Credit> credits;

		private SkillCredits(JobPosting posting) {
			List<String> required = posting.skills();
			List<String> niceToHave = posting.niceToHaveSkills();
			int asked = required.size() + niceToHave.size();
			this.worth = new double[asked];
			Map<String, Map<Integer, Double>> credits = new HashMap<>();
			if (asked == 0) {
				this.credits = Map.of();
				return;
			}
			double share = PostingScorer.this.weights.niceToHaveSkillShare();
			double each = PostingScorer.this.weights.skills() / (required.size() + share * niceToHave.size());
			for (int a = 0; a < asked; a++) {
				boolean isRequired = a < required.size();
				String skill = isRequired ? required.get(a) : niceToHave.get(a - required.size());
				this.worth[a] = isRequired ? each : each * share;
				put(credits, skill, a, 1);
				Optional<SkillConcept> concept = PostingScorer.this.concepts.skills().byId(skill);
				if (concept.isPresent()) {
					put(credits, concept.get().id(), a, 1);
					for (Known<SkillConcept> link : PostingScorer.this.concepts.skills().links(concept.get())) {
						put(credits, link.concept().id(), a, link.confidence().weight());
					}
				}
			}
			Map<String, Credit> table = new HashMap<>();
			credits.forEach((id, byAsked) -> {
				int[] indexes = new int[byAsked.size()];
				double[] values = new double[byAsked.size()];
				int i = 0;
				for (Map.Entry<Integer, Double> credit : byAsked.entrySet()) {
					indexes[i] = credit.getKey();
					values[i] = credit.getValue();
					i++;
				}
				table.put(id, new Credit(indexes, values));
			});
			this.credits = Map.copyOf(table);
		}

		private static void put(Map<String, Map<Integer, Double>> credits, String id, int asked, double credit) {
			if (credit > 0) {
				credits.computeIfAbsent(id, (key) -> new HashMap<>()).merge(asked, credit, Math::max);
			}
		}

		/**
		 * @return the most the skills part gives: every skill covered
		 */
		double most() {
			return (this.worth.length == 0) ? 0 : PostingScorer.this.weights.skills();
		}

		/**
		 * @return at least the seeker's skills part: per skill asked for, the best credit
		 * any of the seeker's skills gives for it
		 */
		double of(Seeker seeker) {
			double[] best = null;
			for (int i = 0; i < seeker.skillIds.length; i++) {
				best = add(this.credits.get(seeker.skillIds[i]), best);
				SkillConcept concept = seeker.skillConcepts[i];
				if (concept != null && !concept.id().equals(seeker.skillIds[i])) {
					best = add(this.credits.get(concept.id()), best);
				}
			}
			if (best == null) {
				return 0;
			}
			double sum = 0;
			for (int a = 0; a < best.length; a++) {
				sum += this.worth[a] * best[a];
			}
			return sum;
		}

		private double @Nullable [] add(@Nullable Credit credit, double @Nullable [] best) {
			if (credit == null) {
				return best;
			}
			double[] bestSoFar = (best != null) ? best : new double[this.worth.length];
			for (int i = 0; i < credit.asked().length; i++) {
				bestSoFar[credit.asked()[i]] = Math.max(bestSoFar[credit.asked()[i]], credit.credit()[i]);
			}
			return bestSoFar;
		}

	}

	/**
	 * What one skill or concept id gives.
	 *
	 * @param asked the indexes of the skills asked for it gives credit for
	 * @param credit the credit for each, in (0, 1]
	 */
	private record Credit(int[] asked, double[] credit) {

	}

	/**
	 * A profile with the concepts scoring looks up resolved once: the ISCO codes of its
	 * occupations, its skill and licence concepts in the profile's own order, and its
	 * best level per written language.
	 */
	final class Seeker {

		private final SeekerProfile profile;

		/** Per occupation of the profile, its ISCO code; empty when unknown. */
		private final String[] iscoCodes;

		private final String[] skillIds;

		/** Per skill id, its concept; null when unknown. */
		private final @Nullable SkillConcept[] skillConcepts;

		private final String[] licenceIds;

		/** Per licence id, its class; null when unknown. */
		private final @Nullable DrivingLicence[] licences;

		private final Map<String, CefrLevel> languageLevels;

		private Seeker(SeekerProfile profile) {
			this.profile = profile;
			this.iscoCodes = profile.occupations()
				.stream()
				.map((occupation) -> iscoCode(occupation.conceptId()).orElse(""))
				.toArray(String[]::new);
			this.skillIds = profile.skills().toArray(String[]::new);
			this.skillConcepts = new SkillConcept[this.skillIds.length];
			for (int i = 0; i < this.skillIds.length; i++) {
				this.skillConcepts[i] = PostingScorer.this.concepts.skills().byId(this.skillIds[i]).orElse(null);
			}
			this.licenceIds = profile.drivingLicences().toArray(String[]::new);
			this.licences = new DrivingLicence[this.licenceIds.length];
			for (int i = 0; i < this.licenceIds.length; i++) {
				this.licences[i] = PostingScorer.this.concepts.licences().byId(this.licenceIds[i]).orElse(null);
			}
			Map<String, CefrLevel> levels = new HashMap<>();
			for (LanguageSkill spoken : profile.languages()) {
				levels.merge(writtenLanguage(spoken.languageCode()), spoken.level(),
						(a, b) -> (a.compareTo(b) >= 0) ? a : b);
			}
			this.languageLevels = Map.copyOf(levels);
		}

		SeekerProfile profile() {
			return this.profile;
		}

		/**
		 * The ISCO codes of the profile's occupations, known ones only.
		 * @return the codes
		 */
		List<String> iscoCodes() {
			return Arrays.stream(this.iscoCodes).filter((code) -> !code.isEmpty()).toList();
		}

		/**
		 * The ids a skill table can know the seeker's skills by: each skill's id and,
		 * when it differs, its concept's id.
		 * @return the ids, without repeats
		 */
		Set<String> skillKeys() {
			Set<String> keys = new LinkedHashSet<>();
			for (int i = 0; i < this.skillIds.length; i++) {
				keys.add(this.skillIds[i]);
				if (this.skillConcepts[i] != null) {
					keys.add(this.skillConcepts[i].id());
				}
			}
			return keys;
		}

	}

	private double occupation(Seeker seeker, JobPosting posting, @Nullable List<MatchReason> explained) {
		PostingOccupation wanted = posting.occupation();
		if (wanted == null) {
			return top(MatchReasons.OCCUPATION, 0, explained, MatchReasons.OCCUPATION_NOT_STATED);
		}
		List<OccupationExperience> occupations = seeker.profile().occupations();
		OccupationExperience best = null;
		int bestLevel = 0;
		for (int i = 0; i < occupations.size(); i++) {
			OccupationExperience offered = occupations.get(i);
			int level = offered.conceptId().equals(wanted.conceptId()) ? SAME_CONCEPT
					: commonPrefix(seeker.iscoCodes[i], wanted.iscoCode());
			// the most specific match wins; among equals, the longest experience
			if (level > bestLevel || (level == bestLevel && best != null && offered.years() > best.years())) {
				best = offered;
				bestLevel = level;
			}
		}
		double share = share(bestLevel);
		if (best == null || share == 0) {
			return top(MatchReasons.OCCUPATION, 0, explained, MatchReasons.OCCUPATION_UNRELATED, wanted.conceptId());
		}
		double scale = share * wanted.confidence();
		double occupation = this.weights.occupation() * scale;
		double experience = 0;
		if (best.years() > 0) {
			double experienced = Math.min(best.years(), this.weights.experienceFullYears())
					/ this.weights.experienceFullYears();
			experience = this.weights.experience() * experienced * scale;
		}
		double sum = 0;
		sum += occupation;
		if (best.years() > 0) {
			sum += experience;
		}
		if (explained != null) {
			List<MatchReason> children = new ArrayList<>(2);
			if (bestLevel == SAME_CONCEPT) {
				children.add(MatchReason.leaf(occupation, MatchReasons.OCCUPATION_SAME_CONCEPT, wanted.conceptId(),
						wanted.confidence()));
			}
			else {
				children.add(MatchReason.leaf(occupation, levelKey(bestLevel), best.conceptId(), wanted.conceptId(),
						wanted.iscoCode().substring(0, bestLevel), wanted.confidence()));
			}
			if (best.years() > 0) {
				children.add(MatchReason.leaf(experience, MatchReasons.OCCUPATION_EXPERIENCE, best.conceptId(),
						best.years()));
			}
			explained.add(MatchReason.sumOf(MatchReasons.OCCUPATION, children));
		}
		return sum;
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
	private double skills(Seeker seeker, JobPosting posting, @Nullable List<MatchReason> explained) {
		List<String> required = posting.skills();
		List<String> niceToHave = posting.niceToHaveSkills();
		if (required.isEmpty() && niceToHave.isEmpty()) {
			return top(MatchReasons.SKILLS, 0, explained, MatchReasons.SKILLS_NOT_STATED);
		}
		double share = this.weights.niceToHaveSkillShare();
		double each = this.weights.skills() / (required.size() + share * niceToHave.size());
		List<MatchReason> children = (explained != null) ? new ArrayList<>(required.size() + niceToHave.size()) : null;
		double sum = 0;
		for (String skill : required) {
			sum += skill(seeker, skill, each, MatchReasons.SKILL_COVERED, MatchReasons.SKILL_PARTLY_COVERED,
					MatchReasons.SKILL_MISSING, children);
		}
		for (String skill : niceToHave) {
			sum += skill(seeker, skill, each * share, MatchReasons.SKILL_MERIT_COVERED,
					MatchReasons.SKILL_MERIT_PARTLY_COVERED, MatchReasons.SKILL_MERIT_MISSING, children);
		}
		if (explained != null) {
			explained.add(MatchReason.sumOf(MatchReasons.SKILLS, children));
		}
		return sum;
	}

	private double skill(Seeker seeker, String skill, double worth, String covered, String partlyCovered,
			String missing, @Nullable List<MatchReason> explained) {
		if (seeker.profile().skills().contains(skill)) {
			return leaf(worth, explained, covered, skill);
		}
		double bestCredit = 0;
		String bestOffered = "";
		Optional<SkillConcept> asked = this.concepts.skills().byId(skill);
		if (asked.isPresent()) {
			for (int i = 0; i < seeker.skillIds.length; i++) {
				SkillConcept offered = seeker.skillConcepts[i];
				double credit = (offered != null) ? this.concepts.skills().credit(asked.get(), offered) : 0.0;
				if (credit > bestCredit) {
					bestCredit = credit;
					bestOffered = seeker.skillIds[i];
				}
			}
		}
		return (bestCredit > 0) ? leaf(worth * bestCredit, explained, partlyCovered, skill, bestOffered, bestCredit)
				: leaf(0, explained, missing, skill);
	}

	private double languages(Seeker seeker, JobPosting posting, @Nullable List<MatchReason> explained) {
		List<LanguageRequirement> asked = posting.languages();
		if (asked.isEmpty()) {
			return top(MatchReasons.LANGUAGES, 0, explained, MatchReasons.LANGUAGES_NOT_STATED);
		}
		double each = this.weights.languages() / asked.size();
		CefrLevel assumed = this.weights.assumedLanguageLevel();
		List<MatchReason> children = (explained != null) ? new ArrayList<>(asked.size() + 1) : null;
		double sum = 0;
		for (LanguageRequirement requirement : asked) {
			CefrLevel level = seeker.languageLevels.get(writtenLanguage(requirement.languageCode()));
			boolean spoken = level != null && level.meets(assumed);
			String levelName = (level != null) ? level.name() : "";
			if (requirement.required()) {
				sum += spoken
						? leaf(each, children, MatchReasons.LANGUAGE_REQUIRED_HELD, requirement.languageCode(),
								levelName)
						: leaf(-this.weights.missingRequiredLanguagePenalty(), children,
								MatchReasons.LANGUAGE_REQUIRED_MISSING, requirement.languageCode(), levelName);
			}
			else {
				sum += spoken
						? leaf(each, children, MatchReasons.LANGUAGE_ADVANTAGE_HELD, requirement.languageCode(),
								levelName)
						: leaf(0, children, MatchReasons.LANGUAGE_ADVANTAGE_MISSING, requirement.languageCode());
			}
		}
		sum += leaf(0, children, MatchReasons.LANGUAGE_LEVEL_NOT_STATED, assumed.name());
		if (explained != null) {
			explained.add(MatchReason.sumOf(MatchReasons.LANGUAGES, children));
		}
		return sum;
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

	private double licences(Seeker seeker, JobPosting posting, @Nullable List<MatchReason> explained) {
		List<String> asked = posting.drivingLicences();
		if (asked.isEmpty()) {
			return top(MatchReasons.LICENCES, 0, explained, MatchReasons.LICENCES_NOT_STATED);
		}
		double each = this.weights.licences() / asked.size();
		List<MatchReason> children = (explained != null) ? new ArrayList<>(asked.size()) : null;
		double sum = 0;
		for (String licence : asked) {
			String held = coveringLicence(seeker, licence);
			sum += (held != null) ? leaf(each, children, MatchReasons.LICENCE_HELD, licence, held)
					: leaf(-this.weights.missingLicencePenalty(), children, MatchReasons.LICENCE_MISSING, licence);
		}
		if (explained != null) {
			explained.add(MatchReason.sumOf(MatchReasons.LICENCES, children));
		}
		return sum;
	}

	/**
	 * @return the id of a held licence that covers the required one, or null
	 */
	private @Nullable String coveringLicence(Seeker seeker, String required) {
		if (seeker.profile().drivingLicences().contains(required)) {
			return required;
		}
		Optional<DrivingLicence> wanted = this.concepts.licences().byId(required);
		if (wanted.isEmpty()) {
			return null;
		}
		for (int i = 0; i < seeker.licenceIds.length; i++) {
			DrivingLicence held = seeker.licences[i];
			if (held != null && this.concepts.licences().covers(held, wanted.get())) {
				return seeker.licenceIds[i];
			}
		}
		return null;
	}

	private double place(SeekerProfile profile, JobPosting posting, @Nullable List<MatchReason> explained) {
		String country = posting.place().country().name();
		if (posting.remote() == RemoteMode.REMOTE) {
			return top(MatchReasons.PLACE, this.weights.distance(), explained, MatchReasons.PLACE_REMOTE_JOB);
		}
		Mobility mobility = profile.mobility().get(posting.place().country());
		if (mobility == null) {
			return top(MatchReasons.PLACE, -this.weights.tooFarPenalty(), explained,
					MatchReasons.PLACE_COUNTRY_NOT_CONSIDERED, country);
		}
		Home home = profile.home();
		if (home == null || posting.place().coordinates() == null) {
			return top(MatchReasons.PLACE, 0, explained, MatchReasons.PLACE_DISTANCE_UNKNOWN, country);
		}
		double km = home.location().distanceKm(posting.place().coordinates());
		double limit = mobility.maxCommuteKm();
		if (km <= limit) {
			double fallOff = (limit > 0) ? (1 - this.weights.commuteLimitShare()) * km / limit : 0;
			return top(MatchReasons.PLACE, this.weights.distance() * (1 - fallOff), explained,
					MatchReasons.PLACE_WITHIN_COMMUTE, km, limit, home.placeName());
		}
		if (mobility.willingToRelocate()) {
			return top(MatchReasons.PLACE, this.weights.relocation(), explained, MatchReasons.PLACE_RELOCATION, km,
					country, home.placeName());
		}
		return top(MatchReasons.PLACE, -this.weights.tooFarPenalty(), explained, MatchReasons.PLACE_TOO_FAR, km, limit,
				home.placeName());
	}

	private double employmentType(SeekerProfile profile, JobPosting posting, @Nullable List<MatchReason> explained) {
		if (posting.employmentType() == null) {
			return top(MatchReasons.EMPLOYMENT_TYPE, 0, explained, MatchReasons.EMPLOYMENT_TYPE_NOT_STATED);
		}
		String type = posting.employmentType().name();
		if (profile.employmentTypes().isEmpty()) {
			return top(MatchReasons.EMPLOYMENT_TYPE, 0, explained, MatchReasons.EMPLOYMENT_TYPE_NO_PREFERENCE, type);
		}
		return profile.employmentTypes().contains(posting.employmentType())
				? top(MatchReasons.EMPLOYMENT_TYPE, this.weights.employmentType(), explained,
						MatchReasons.EMPLOYMENT_TYPE_WISHED, type)
				: top(MatchReasons.EMPLOYMENT_TYPE, -this.weights.employmentTypePenalty(), explained,
						MatchReasons.EMPLOYMENT_TYPE_NOT_WISHED, type);
	}

	private double remote(SeekerProfile profile, JobPosting posting, @Nullable List<MatchReason> explained) {
		if (posting.remote() == null) {
			return top(MatchReasons.REMOTE, 0, explained, MatchReasons.REMOTE_NOT_STATED);
		}
		String mode = posting.remote().name();
		if (profile.remoteModes().isEmpty()) {
			return top(MatchReasons.REMOTE, 0, explained, MatchReasons.REMOTE_NO_PREFERENCE, mode);
		}
		return profile.remoteModes().contains(posting.remote())
				? top(MatchReasons.REMOTE, this.weights.remote(), explained, MatchReasons.REMOTE_WISHED, mode)
				: top(MatchReasons.REMOTE, -this.weights.remotePenalty(), explained, MatchReasons.REMOTE_NOT_WISHED,
						mode);
	}

	private double salary(SeekerProfile profile, JobPosting posting, @Nullable List<MatchReason> explained) {
		SalaryWish wish = profile.salaryWish();
		Salary offered = posting.salary();
		if (wish == null) {
			return top(MatchReasons.SALARY, 0, explained, MatchReasons.SALARY_NO_WISH);
		}
		if (offered == null) {
			return top(MatchReasons.SALARY, 0, explained, MatchReasons.SALARY_NOT_STATED);
		}
		if (!this.rates.knows(offered.currency()) || !this.rates.knows(wish.currency())) {
			String unknown = this.rates.knows(offered.currency()) ? wish.currency().getCurrencyCode()
					: offered.currency().getCurrencyCode();
			return top(MatchReasons.SALARY, 0, explained, MatchReasons.SALARY_NOT_COMPARABLE, unknown);
		}
		double highest = this.rates.eurPerMonth(offered.upper(), offered.currency(), offered.period());
		double wished = this.rates.eurPerMonth(wish.minimum(), wish.currency(), wish.period());
		return (highest >= wished)
				? top(MatchReasons.SALARY, this.weights.salary(), explained, MatchReasons.SALARY_MEETS_WISH, highest,
						wished)
				: top(MatchReasons.SALARY, -this.weights.salaryPenalty(), explained, MatchReasons.SALARY_BELOW_WISH,
						highest, wished);
	}

	private double freshness(JobPosting posting, Instant now, @Nullable List<MatchReason> explained) {
		double days = Math.max(0, days(posting.published(), now));
		double fresh = Math.max(0, 1 - days / this.weights.freshnessHorizonDays());
		return top(MatchReasons.FRESHNESS, this.weights.freshness() * fresh, explained,
				MatchReasons.FRESHNESS_PUBLISHED, (long) days);
	}

	private double deadline(JobPosting posting, Instant now, @Nullable List<MatchReason> explained) {
		Instant deadline = posting.applicationDeadline();
		if (deadline == null) {
			return top(MatchReasons.DEADLINE, 0, explained, MatchReasons.DEADLINE_NOT_STATED);
		}
		if (!deadline.isAfter(now)) {
			return top(MatchReasons.DEADLINE, -this.weights.deadlinePassedPenalty(), explained,
					MatchReasons.DEADLINE_PASSED);
		}
		double daysLeft = days(now, deadline);
		if (daysLeft <= this.weights.deadlineSoonDays()) {
			double urgency = 1 - daysLeft / this.weights.deadlineSoonDays();
			return top(MatchReasons.DEADLINE, this.weights.deadlineSoon() * urgency, explained,
					MatchReasons.DEADLINE_SOON, (long) daysLeft);
		}
		return top(MatchReasons.DEADLINE, 0, explained, MatchReasons.DEADLINE_LATER, (long) daysLeft);
	}

	private static double days(Instant from, Instant to) {
		return Duration.between(from, to).toMinutes() / 60.0 / HOURS_PER_DAY;
	}

	/**
	 * A top-level reason of one leaf, added to {@code explained} unless it is null.
	 * @return its value, as {@link MatchReason#sumOf} adds it up
	 */
	private static double top(String key, double value, @Nullable List<MatchReason> explained, String leafKey,
			Object... arguments) {
		if (explained != null) {
			explained.add(MatchReason.sumOf(key, List.of(MatchReason.leaf(value, leafKey, arguments))));
		}
		double sum = 0;
		sum += value;
		return sum;
	}

	/**
	 * A leaf, added to {@code explained} unless it is null.
	 * @return its value
	 */
	private static double leaf(double value, @Nullable List<MatchReason> explained, String key, Object... arguments) {
		if (explained != null) {
			explained.add(MatchReason.leaf(value, key, arguments));
		}
		return value;
	}

}
