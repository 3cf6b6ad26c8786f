package io.arcticmatch.matcher.matching.bench;

import java.util.Comparator;
import java.util.List;
import java.util.concurrent.TimeUnit;

import io.arcticmatch.matcher.concepts.Concepts;
import io.arcticmatch.matcher.index.bench.PostingGenerator;
import io.arcticmatch.matcher.matching.CandidateMatcher;
import io.arcticmatch.matcher.matching.CandidateMatcher.Candidate;
import io.arcticmatch.matcher.matching.CandidateMatcher.CandidateMatch;
import io.arcticmatch.matcher.matching.MatchWeights;
import io.arcticmatch.matcher.matching.PostingScorer;
import io.arcticmatch.matcher.posting.CurrencyRates;
import io.arcticmatch.matcher.posting.JobPosting;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * An opening's top 50 candidates among {@code profiles} generated seekers (200,000 by
 * default) with the {@link CandidateMatcher} over a {@link CandidateMatcher.Pool} prepared
 * once ({@code top50}), the same from the plain list, preparing the pool in each call
 * ({@code top50FromList}), and by scoring every candidate ({@code bruteForceTop50}), the
 * reference they must equal. The openings are 500 generated postings, taken in turn.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class CandidateMatcherBenchmark {

	private static final Comparator<CandidateMatch> BEST_FIRST = Comparator
		.comparingDouble((CandidateMatch match) -> -match.score().value())
		.thenComparing(CandidateMatch::candidateId);

	@Param("200000")
	public int profiles;

	private PostingScorer scorer;

	private CandidateMatcher matcher;

	private List<Candidate> candidates;

	private CandidateMatcher.Pool pool;

	private List<JobPosting> openings;

	private int next;

	@Setup(Level.Trial)
	public void setUp() {
		Concepts concepts = Concepts.loadDefault();
		long before = MatchingBenchmarks.usedHeapMb();
		this.candidates = new ProfileGenerator(concepts, MatchingBenchmarks.QUERY_SEED).candidates(this.profiles);
		MatchingBenchmarks.print("heap in use with concepts loaded %d MB, with %,d profiles %d MB", before,
				this.candidates.size(), MatchingBenchmarks.usedHeapMb());
		this.openings = new PostingGenerator(concepts, MatchingBenchmarks.POSTING_SEED + 1, MatchingBenchmarks.NOW)
			.next(500);
		this.scorer = new PostingScorer(concepts, MatchWeights.defaults(), CurrencyRates.nordic(),
				MatchingBenchmarks.CLOCK);
		this.matcher = new CandidateMatcher(this.scorer);
		long start = System.nanoTime();
		this.pool = this.matcher.pool(this.candidates);
		MatchingBenchmarks.print("pool of %,d candidates prepared in %.0f ms; heap in use %d MB", this.pool.size(),
				(System.nanoTime() - start) / 1e6, MatchingBenchmarks.usedHeapMb());
	}

	@Benchmark
	public List<CandidateMatch> top50() {
		return this.matcher.topCandidates(this.openings.get(this.next++ % this.openings.size()), this.pool, 50);
	}

	/**
	 * The same from the plain list, preparing the pool in every call, as a caller that
	 * keeps no pool does.
	 * @return the top 50
	 */
	@Benchmark
	public List<CandidateMatch> top50FromList() {
		return this.matcher.topCandidates(this.openings.get(this.next++ % this.openings.size()), this.candidates, 50);
	}

	@Benchmark
	public List<CandidateMatch> bruteForceTop50() {
		JobPosting opening = this.openings.get(this.next++ % this.openings.size());
		return this.candidates.stream()
			.map((candidate) -> new CandidateMatch(candidate.id(), this.scorer.score(candidate.profile(), opening)))
			.sorted(BEST_FIRST)
			.limit(50)
			.toList();
	}

}
