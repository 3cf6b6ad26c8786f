package io.arcticmatch.matcher.matching.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

import io.arcticmatch.matcher.concepts.Concepts;
import io.arcticmatch.matcher.index.lucene.LucenePostingIndex;
import io.arcticmatch.matcher.matching.MatchWeights;
import io.arcticmatch.matcher.matching.PostingMatch;
import io.arcticmatch.matcher.matching.PostingMatcher;
import io.arcticmatch.matcher.matching.PostingScorer;
import io.arcticmatch.matcher.matching.SeekerProfile;
import io.arcticmatch.matcher.posting.CurrencyRates;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;

/**
 * A seeker's top 20 postings, explained, over a Lucene posting index of generated
 * postings ({@link io.arcticmatch.matcher.index.bench.PostingGenerator}, as the search
 * benchmark): retrieval of candidates by occupation group and distance, then the full
 * score of each. Parameters: {@code postings} (the index size) and {@code index} (a
 * folder to keep the index in and reuse; empty for a temporary one, deleted after the
 * run). The profiles asked for are 1,000 generated ones, taken in turn.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class PostingMatcherBenchmark {

	@Param("200000")
	public int postings;

	@Param("")
	public String index;

	private Path folder;

	private LucenePostingIndex postingIndex;

	private PostingMatcher matcher;

	private List<SeekerProfile> profiles;

	private int next;

	@Setup(Level.Trial)
	public void setUp() throws IOException {
		Concepts concepts = Concepts.loadDefault();
		long before = MatchingBenchmarks.usedHeapMb();
		this.folder = this.index.isBlank() ? Files.createTempDirectory("matching-bench") : Path.of(this.index);
		this.postingIndex = MatchingBenchmarks.index(concepts, this.folder, this.postings);
		MatchingBenchmarks.print("heap in use with concepts loaded %d MB, with the index open %d MB", before,
				MatchingBenchmarks.usedHeapMb());
		MatchWeights weights = MatchWeights.defaults();
		this.matcher = new PostingMatcher(this.postingIndex,
				new PostingScorer(concepts, weights, CurrencyRates.nordic(), MatchingBenchmarks.CLOCK), concepts,
				weights);
		this.profiles = new ProfileGenerator(concepts, MatchingBenchmarks.QUERY_SEED).profiles(1_000);
	}

	@TearDown(Level.Trial)
	public void tearDown() throws IOException {
		this.postingIndex.close();
		if (this.index.isBlank()) {
			MatchingBenchmarks.deleteIndex(this.folder);
		}
	}

	@Benchmark
	public List<PostingMatch> top20() {
		SeekerProfile profile = this.profiles.get(this.next++ % this.profiles.size());
		return this.matcher.topMatches(profile, 20);
	}

}
