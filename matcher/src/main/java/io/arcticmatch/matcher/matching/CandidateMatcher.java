package io.arcticmatch.matcher.matching;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.PriorityQueue;
import java.util.Set;
import java.util.stream.IntStream;

import io.arcticmatch.matcher.posting.JobPosting;
import io.arcticmatch.matcher.posting.PostingOccupation;
import org.jspecify.annotations.Nullable;

/**
 * Reverse matching: for an opening, the best candidates among the given profiles, with
 * the same scores and explanations a seeker sees for the opening. The caller passes only
 * the profiles it may show (the seekers who consented); this class never decides that.
 * Stateless and thread-safe.
 * <p>
 * The result is exactly what scoring every candidate would give, but most candidates are
 * never scored: each candidate looked at gets a cheap upper bound of its score (in
 * parallel for long lists), they are taken in order of their bound, best first, and
 * scoring stops once no bound left can reach the top list. A {@link Pool} keeps the
 * candidates prepared and indexed, and looks at them in steps, each only if its
 * candidates can still reach the list: those of the opening's concept or ISCO unit group,
 * then its minor group, then its sub-major group, then those who hold a skill that gives
 * credit for one the opening asks for, then everyone else. Over a pool the bound is
 * {@link PostingScorer#tightBoundFor tight} (the skills part is what the candidate's
 * skills can give); a step whose every candidate is bounded below the least score ranks
 * them by id without bounding any. Candidates are scored without explanations; only the
 * returned ones are explained.
 */
public class CandidateMatcher {

	private static final Comparator<Ranked> WORST_FIRST = Comparator.comparingDouble(Ranked::value)
		.thenComparing(Ranked::candidateId, Comparator.reverseOrder());

	/**
	 * Slack for the bound: it adds the parts in another order than the score, so the two
	 * may differ in the last bits.
	 */
	private static final double BOUND_SLACK = 1e-6;

	/** Below this many candidates one thread is faster than splitting the work. */
	private static final int PARALLEL_THRESHOLD = 4_096;

	/** Candidates scored together, in parallel when many of them may still make it. */
	private static final int CHUNK = 256;

	/** Buckets of one point each for ordering candidates by bound, 0 to 100 and above. */
	private static final int BUCKETS = (int) MatchScore.MAX + 2;

	/**
	 * The level {@link PostingScorer.Bound#unclampedSharingAtMost} gives the very
	 * concept.
	 */
	private static final int SAME_CONCEPT = 5;

	private final PostingScorer scorer;

	public CandidateMatcher(PostingScorer scorer) {
		this.scorer = scorer;
	}

	/**
	 * @param opening the posting to find candidates for
	 * @param candidates the profiles that may be considered
	 * @param limit how many to return at most
	 * @return the best candidates, best first; ties in candidate id order
	 */
	public List<CandidateMatch> topCandidates(JobPosting opening, Collection<Candidate> candidates, int limit) {
		// for one opening, preparing every profile would cost more than it saves: only
		// those scored are prepared
		return topCandidates(opening, new Pool(this.scorer, candidates, false), limit);
	}

	/**
	 * Prepares candidates for matching many openings against them: what scoring looks up
	 * in the concept layer is looked up once, and the candidates are indexed by
	 * occupation group and by skill so that an opening looks at those who can score well
	 * first.
	 * @param candidates the profiles that may be considered
	 * @return the candidates, ready for {@link #topCandidates(JobPosting, Pool, int)}
	 */
	public Pool pool(Collection<Candidate> candidates) {
		return new Pool(this.scorer, candidates, true);
	}

	/**
	 * The same as {@link #topCandidates(JobPosting, Collection, int)} over prepared
	 * candidates.
	 * @param opening the posting to find candidates for
	 * @param pool the profiles that may be considered
	 * @param limit how many to return at most
	 * @return the best candidates, best first; ties in candidate id order
	 */
	public List<CandidateMatch> topCandidates(JobPosting opening, Pool pool, int limit) {
		if (limit < 1) {
			throw new IllegalArgumentException("Ask for 1 candidate or more, not " + limit);
		}
		PriorityQueue<Ranked> best = new PriorityQueue<>(limit + 1, WORST_FIRST);
		if (!pool.prepared) {
			rank(opening, pool, pool.all(), this.scorer.boundFor(opening), false, best, limit);
		}
		else {
			// over many prepared candidates the tighter bound pays for its table of the
			// skills that give credit
			PostingScorer.Bound bound = this.scorer.tightBoundFor(opening);
			int[] done = Pool.NONE;
			// those of the opening's concept or unit group first, then of its minor
			// group, then of its sub-major group: before each step, everyone not yet
			// looked at shares at most that many ISCO digits with the opening, which
			// bounds their occupation part
			for (int digits = Pool.MOST_DIGITS; digits >= Pool.GROUP_DIGITS && done.length < pool.size(); digits--) {
				// the first step holds those of the very concept too
				double most = bound.unclampedSharingAtMost((digits == Pool.MOST_DIGITS) ? SAME_CONCEPT : digits, true);
				if (Math.max(MatchScore.MIN, most) + BOUND_SLACK < threshold(best, limit)) {
					break;
				}
				int[] sharing = Pool.minus(pool.sharing(opening, digits), done);
				rankStep(opening, pool, sharing, bound, most, false, best, limit);
				done = Pool.union(done, sharing);
			}
			// the others share no occupation group with the opening: their occupation
			// part is 0, so none of them can reach a top list whose last score is above
			// that
			double withoutOccupation = bound.unclampedSharingAtMost(0, true);
			if (done.length < pool.size()
					&& Math.max(MatchScore.MIN, withoutOccupation) + BOUND_SLACK >= threshold(best, limit)) {
				Set<String> credited = Objects.requireNonNull(bound.creditedSkillIds());
				int[] skilled = pool.holdersOf(credited, done);
				rankStep(opening, pool, skilled, bound, withoutOccupation, false, best, limit);
				// the rest hold no skill that gives credit either
				done = Pool.union(done, skilled);
				double withoutSkills = bound.unclampedSharingAtMost(0, false);
				if (done.length < pool.size()
						&& Math.max(MatchScore.MIN, withoutSkills) + BOUND_SLACK >= threshold(best, limit)) {
					rankStep(opening, pool, pool.allBut(done), bound, withoutSkills, true, best, limit);
				}
			}
		}
		List<Ranked> ranked = new ArrayList<>(best);
		ranked.sort(WORST_FIRST.reversed());
		// only the top list is explained
		List<CandidateMatch> matches = new ArrayList<>(ranked.size());
		for (Ranked match : ranked) {
			matches.add(
					new CandidateMatch(match.candidateId(), this.scorer.score(pool.seeker(match.position()), opening)));
		}
		return matches;
	}

	/**
	 * One step of {@link #rank}: when no candidate of the step can earn more than the
	 * least score, they all have it, and only their ids decide, without bounding or
	 * scoring any of them (an opening whose deadline has passed, say, where most
	 * candidates tie at 0).
	 * @param most the unclamped bound of every candidate of the step
	 */
	private void rankStep(JobPosting opening, Pool pool, int[] positions, PostingScorer.Bound bound, double most,
			boolean withoutSkills, PriorityQueue<Ranked> best, int limit) {
		if (most + BOUND_SLACK >= MatchScore.MIN) {
			rank(opening, pool, positions, bound, withoutSkills, best, limit);
			return;
		}
		for (int position : positions) {
			String id = pool.candidates[position].id();
			if (best.size() < limit) {
				best.add(new Ranked(MatchScore.MIN, id, position));
			}
			else if (best.peek().value() <= MatchScore.MIN && id.compareTo(best.peek().candidateId()) < 0) {
				best.add(new Ranked(MatchScore.MIN, id, position));
				best.poll();
			}
		}
	}

	/**
	 * Adds to the top list those of some candidates that make it: their bounds first,
	 * then the candidates in order of their bound, scored until no bound left can reach
	 * the list.
	 */
	private void rank(JobPosting opening, Pool pool, int[] positions, PostingScorer.Bound bound, boolean withoutSkills,
			PriorityQueue<Ranked> best, int limit) {
		if (positions.length == 0) {
			return;
		}
		boolean parallel = positions.length >= PARALLEL_THRESHOLD;
		// unclamped: a candidate whose bound is below the least score has that score
		double[] bounds = new double[positions.length];
		IntStream indexes = IntStream.range(0, positions.length);
		(parallel ? indexes.parallel() : indexes).forEach((i) -> bounds[i] = withoutSkills
				? bound.unclampedWithSkills(pool.seeker(positions[i]), 0) : pool.bound(bound, positions[i]));
		int[] order = byBoundBestFirst(bounds);
		for (int from = 0; from < order.length; from += CHUNK) {
			double threshold = threshold(best, limit);
			if (bucket(bounds[order[from]]) + 1 + BOUND_SLACK < threshold) {
				// every later candidate's bound is in this bucket or a lower one
				break;
			}
			int[] chunk = IntStream.range(from, Math.min(order.length, from + CHUNK))
				.map((position) -> order[position])
				.filter((i) -> Math.max(MatchScore.MIN, bounds[i]) + BOUND_SLACK >= threshold)
				.toArray();
			IntStream scoring = IntStream.range(0, chunk.length);
			Ranked[] scored = new Ranked[chunk.length];
			(parallel && chunk.length > 1 ? scoring.parallel() : scoring).forEach((j) -> {
				int position = positions[chunk[j]];
				// below the least score by more than rounding: the score is the least,
				// known without scoring (many such candidates tie at it when few earn
				// more)
				double unbounded = (bounds[chunk[j]] + BOUND_SLACK < MatchScore.MIN) ? MatchScore.MIN
						: this.scorer.unboundedScore(pool.seeker(position), opening);
				scored[j] = new Ranked(Math.max(MatchScore.MIN, unbounded), pool.candidates[position].id(), position);
			});
			for (Ranked match : scored) {
				best.add(match);
				if (best.size() > limit) {
					best.poll();
				}
			}
		}
	}

	/**
	 * @return the score a candidate must reach to enter the top list
	 */
	private static double threshold(PriorityQueue<Ranked> best, int limit) {
		return (best.size() < limit) ? Double.NEGATIVE_INFINITY : best.peek().value();
	}

	/**
	 * A scored candidate not yet explained.
	 *
	 * @param value the score
	 * @param candidateId the caller's id
	 * @param position where in the pool
	 */
	private record Ranked(double value, String candidateId, int position) {

	}

	/**
	 * The candidates' positions by bound, highest first, ordered by whole points only (a
	 * counting sort: linear in the number of candidates).
	 */
	private static int[] byBoundBestFirst(double[] bounds) {
		int[] starts = new int[BUCKETS + 1];
		for (double bound : bounds) {
			starts[BUCKETS - 1 - bucket(bound) + 1]++;
		}
		for (int b = 1; b <= BUCKETS; b++) {
			starts[b] += starts[b - 1];
		}
		int[] order = new int[bounds.length];
		for (int i = 0; i < bounds.length; i++) {
			order[starts[BUCKETS - 1 - bucket(bounds[i])]++] = i;
		}
		return order;
	}

	private static int bucket(double bound) {
		return Math.clamp((int) Math.floor(bound), 0, BUCKETS - 1);
	}

	/**
	 * Candidates prepared for matching: each profile with its concepts looked up, and the
	 * candidates by ISCO group (two, three and four digits) and by occupation concept,
	 * the ones an opening can give occupation points to, and by skill (id and concept
	 * id). Immutable and thread-safe; keep one while the candidates do not change.
	 */
	public static final class Pool {

		/** The fewest ISCO digits an occupation group of the index has. */
		static final int GROUP_DIGITS = 2;

		/** The most ISCO digits an occupation group of the index has. */
		static final int MOST_DIGITS = 4;

		private final PostingScorer scorer;

		private final Candidate[] candidates;

		/**
		 * The prepared profiles; filled as they are needed unless {@link #prepared}.
		 * Threads that race to fill a slot put equal values there.
		 */
		private final PostingScorer.@Nullable Seeker[] seekers;

		/** Whether every profile is prepared and indexed by occupation. */
		private final boolean prepared;

		/**
		 * Positions of the candidates, ascending, by sub-major, minor and unit group (the
		 * first two, three and four digits of their ISCO codes).
		 */
		private final Map<String, int[]> byGroup;

		/** Positions of the candidates, ascending, by occupation concept id. */
		private final Map<String, int[]> byConcept;

		/**
		 * Positions of the candidates, ascending, by the ids of their skills and of their
		 * skills' concepts.
		 */
		private final Map<String, int[]> bySkill;

		private Pool(PostingScorer scorer, Collection<Candidate> candidates, boolean prepared) {
			this.scorer = scorer;
			this.candidates = candidates.toArray(Candidate[]::new);
			this.seekers = new PostingScorer.Seeker[this.candidates.length];
			this.prepared = prepared;
			if (!prepared) {
				this.byGroup = Map.of();
				this.byConcept = Map.of();
				this.bySkill = Map.of();
				return;
			}
			IntStream all = IntStream.range(0, this.candidates.length);
			(this.candidates.length >= PARALLEL_THRESHOLD ? all.parallel() : all)
				.forEach((i) -> this.seekers[i] = scorer.prepare(this.candidates[i].profile()));
			Map<String, IntList> groups = new HashMap<>();
			Map<String, IntList> concepts = new HashMap<>();
			Map<String, IntList> skills = new HashMap<>();
			for (int i = 0; i < this.seekers.length; i++) {
				for (String id : seeker(i).skillKeys()) {
					skills.computeIfAbsent(id, (key) -> new IntList()).add(i);
				}
				for (String code : seeker(i).iscoCodes()) {
					for (int digits = GROUP_DIGITS; digits <= Math.min(MOST_DIGITS, code.length()); digits++) {
						groups.computeIfAbsent(code.substring(0, digits), (key) -> new IntList()).add(i);
					}
				}
				for (OccupationExperience occupation : this.candidates[i].profile().occupations()) {
					concepts.computeIfAbsent(occupation.conceptId(), (key) -> new IntList()).add(i);
				}
			}
			this.byGroup = toArrays(groups);
			this.byConcept = toArrays(concepts);
			this.bySkill = toArrays(skills);
		}

		PostingScorer.Seeker seeker(int position) {
			PostingScorer.Seeker seeker = this.seekers[position];
			if (seeker == null) {
				seeker = this.scorer.prepare(this.candidates[position].profile());
				this.seekers[position] = seeker;
			}
			return seeker;
		}

		/**
		 * @return the candidate's bound before the lift to the least score
		 */
		double bound(PostingScorer.Bound bound, int position) {
			return this.prepared ? bound.unclamped(seeker(position))
					: bound.unclamped(this.candidates[position].profile());
		}

		private static Map<String, int[]> toArrays(Map<String, IntList> lists) {
			Map<String, int[]> arrays = new HashMap<>();
			lists.forEach((key, list) -> arrays.put(key, list.toArray()));
			return Map.copyOf(arrays);
		}

		/**
		 * @return how many candidates there are
		 */
		public int size() {
			return this.candidates.length;
		}

		/**
		 * The candidates who share at least {@code digits} leading ISCO digits with the
		 * opening's occupation or have its very concept; none when it names none.
		 * @param digits {@link #GROUP_DIGITS} to {@link #MOST_DIGITS}
		 * @return ascending positions
		 */
		int[] sharing(JobPosting opening, int digits) {
			PostingOccupation wanted = opening.occupation();
			if (wanted == null) {
				return NONE;
			}
			String code = wanted.iscoCode();
			int[] group = (code.length() >= digits) ? this.byGroup.getOrDefault(code.substring(0, digits), NONE) : NONE;
			return union(group, this.byConcept.getOrDefault(wanted.conceptId(), NONE));
		}

		/**
		 * @return every position, ascending
		 */
		int[] all() {
			return IntStream.range(0, this.candidates.length).toArray();
		}

		/**
		 * @param skillIds skill and skill concept ids
		 * @param except ascending positions to leave out
		 * @return the positions of the candidates who hold any of the skills (by id or by
		 * their skill's concept), but for {@code except}, ascending
		 */
		int[] holdersOf(Set<String> skillIds, int[] except) {
			boolean[] holds = new boolean[this.candidates.length];
			for (String id : skillIds) {
				for (int position : this.bySkill.getOrDefault(id, NONE)) {
					holds[position] = true;
				}
			}
			for (int position : except) {
				holds[position] = false;
			}
			IntList holders = new IntList();
			for (int i = 0; i < holds.length; i++) {
				if (holds[i]) {
					holders.add(i);
				}
			}
			return holders.toArray();
		}

		/**
		 * @param some ascending positions
		 * @return every other position, ascending
		 */
		int[] allBut(int[] some) {
			int[] others = new int[this.candidates.length - some.length];
			int next = 0;
			int skip = 0;
			for (int i = 0; i < this.candidates.length; i++) {
				if (skip < some.length && some[skip] == i) {
					skip++;
				}
				else {
					others[next++] = i;
				}
			}
			return others;
		}

		/** Both ascending lists as one, without repeats. */
		static int[] union(int[] a, int[] b) {
			int[] all = new int[a.length + b.length];
			int i = 0;
			int j = 0;
			int n = 0;
			while (i < a.length || j < b.length) {
				int next = (j >= b.length || (i < a.length && a[i] <= b[j])) ? a[i++] : b[j++];
				if (n == 0 || all[n - 1] != next) {
					all[n++] = next;
				}
			}
			return Arrays.copyOf(all, n);
		}

		/**
		 * @param a ascending positions
		 * @param b ascending positions
		 * @return those of {@code a} not in {@code b}, ascending
		 */
		static int[] minus(int[] a, int[] b) {
			int[] left = new int[a.length];
			int j = 0;
			int n = 0;
			for (int position : a) {
				while (j < b.length && b[j] < position) {
					j++;
				}
				if (j >= b.length || b[j] != position) {
					left[n++] = position;
				}
			}
			return Arrays.copyOf(left, n);
		}

		static final int[] NONE = new int[0];

	}

	/** A growing list of positions, without boxing. */
	private static final class IntList {

		private int[] values = new int[8];

		private int size;

		void add(int value) {
			if (this.size > 0 && this.values[this.size - 1] == value) {
				// a profile with two occupations of one group is listed once
				return;
			}
			if (this.size == this.values.length) {
				this.values = Arrays.copyOf(this.values, this.size * 2);
			}
			this.values[this.size++] = value;
		}

		int[] toArray() {
			return Arrays.copyOf(this.values, this.size);
		}

	}

	/**
	 * A seeker who may be matched.
	 *
	 * @param id the caller's id of the seeker
	 * @param profile what they offer and want
	 */
	public record Candidate(String id, SeekerProfile profile) {

	}

	/**
	 * A candidate with their score for the opening.
	 *
	 * @param candidateId the id the caller gave
	 * @param score how well the opening fits them, with reasons
	 */
	public record CandidateMatch(String candidateId, MatchScore score) {

	}

}
