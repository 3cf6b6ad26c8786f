package io.arcticmatch.matcher.index.bench;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.stream.Stream;

import io.arcticmatch.matcher.concepts.Concepts;
import io.arcticmatch.matcher.index.QueryInterpreter;
import io.arcticmatch.matcher.index.bench.QueryMix.BenchQuery;
import io.arcticmatch.matcher.index.bench.QueryMix.TextKind;
import io.arcticmatch.matcher.index.lucene.LucenePostingIndex;
import io.arcticmatch.matcher.index.lucene.PostingAnalyzers;
import io.arcticmatch.matcher.posting.CurrencyRates;
import io.arcticmatch.matcher.posting.PostingPage;
import io.arcticmatch.matcher.posting.PostingQuery;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.jspecify.annotations.Nullable;

/**
 * The search benchmark of issue 6, a command rather than a JMH benchmark because the
 * index takes minutes to build and each search is measured on its own. It generates
 * postings from a seed ({@link PostingGenerator}), saves them in batches into a
 * {@link LucenePostingIndex} on disk and reports the indexing time, the index size and
 * the heap used with the index open. Then it runs a seeded mix of faceted searches
 * ({@link QueryMix}) one at a time through {@link LucenePostingIndex#search}, each timed
 * with {@link System#nanoTime()}, and the same searches as bare Lucene boolean queries
 * ({@link BaselineQueries}) on the same index directory, and prints percentiles of both
 * and the ratio of their p95.
 * <p>
 * Options, as {@code name=value} arguments or {@code -Dbench.name=value} system
 * properties: {@code postings} (1,000,000), {@code queries} (2,000 measured),
 * {@code warmup} (500), {@code seed}, {@code batch} (10,000 postings per save) and
 * {@code index} (a folder to build the index in and keep; an index of the same size and
 * seed found there is reused; default a temporary folder, deleted at the end) and
 * {@code baselineThreads} (the baseline searcher's threads per query, by default as many
 * as cores, as the posting index's searcher has; 1 for a plain single-threaded searcher).
 * Run through the {@code bench} profile with {@code -Dbench.main=} this class.
 */
public final class SearchBenchmark {

	/** The clock of the run: deadlines and "published within" count from here. */
	static final Instant NOW = Instant.parse("2026-11-24T12:00:00Z");

	/**
	 * Changes whenever the generated postings change, so an index kept with
	 * {@code index=} is rebuilt rather than reused.
	 */
	private static final int GENERATION = 2;

	private static final long MS = 1_000_000;

	private SearchBenchmark() {
	}

	public static void main(String[] args) throws IOException {
		Options options = Options.parse(args);
		Runtime runtime = Runtime.getRuntime();
		System.out.printf(Locale.ROOT, "SearchBenchmark: %,d postings, %,d searches after %,d warm-up, seed %d%n",
				options.postings(), options.queries(), options.warmup(), options.seed());
		System.out.printf(Locale.ROOT, "JVM %s, max heap (-Xmx) %d MB, %d cores, load average %.2f%n",
				Runtime.version(), runtime.maxMemory() >> 20, runtime.availableProcessors(), loadAverage());
		System.out.printf(Locale.ROOT, "JVM options: %s%n", ManagementFactory.getRuntimeMXBean().getInputArguments());

		long start = System.nanoTime();
		Concepts concepts = Concepts.loadDefault();
		System.out.printf(Locale.ROOT, "concepts loaded in %d ms%n", (System.nanoTime() - start) / MS);
		QueryInterpreter interpreter = new QueryInterpreter(concepts);
		CurrencyRates rates = CurrencyRates.nordic();
		// a clock that ticks, as in production, from the generated postings' "now": a
		// fixed clock would make every deadline filter the same query and flatter caching
		Clock clock = Clock.offset(Clock.systemUTC(), Duration.between(Instant.now(), NOW));

		boolean temporary = options.index() == null;
		Path folder = temporary ? Files.createTempDirectory("search-bench") : Path.of(options.index());
		Path marker = folder
			.resolve("bench-postings-%d-seed-%d-v%d".formatted(options.postings(), options.seed(), GENERATION));
		try {
			if (Files.exists(marker) && count(folder, clock, interpreter, rates) == options.postings()) {
				System.out.printf(Locale.ROOT, "reusing the index in %s%n", folder);
			}
			else {
				build(options, concepts, folder, clock, interpreter, rates);
				Files.createFile(marker);
			}
			System.out.printf(Locale.ROOT, "index size on disk: %.1f MB in %s%n", sizeOnDisk(folder) / 1e6, folder);
			measure(options, concepts, folder, clock, interpreter, rates);
		}
		finally {
			if (temporary) {
				deleteRecursively(folder);
			}
		}
	}

	/**
	 * The postings of a kept index, as the posting index opens it: an index of an older
	 * layout opens empty, and is then built again.
	 */
	private static long count(Path folder, Clock clock, QueryInterpreter interpreter,
			CurrencyRates rates) throws IOException {
		try (LucenePostingIndex index = new LucenePostingIndex(FSDirectory.open(folder), clock, interpreter,
				rates)) {
			return index.count();
		}
	}

	private static void build(Options options, Concepts concepts, Path folder, Clock clock,
			QueryInterpreter interpreter, CurrencyRates rates) throws IOException {
		if (Files.isDirectory(folder)) {
			// only ever delete what this benchmark made: a Lucene index of postings
			try (Stream<Path> files = Files.list(folder)) {
				List<String> names = files.map((file) -> file.getFileName().toString()).toList();
				if (!names.isEmpty() && names.stream().noneMatch((name) -> name.startsWith("segments_"))) {
					throw new IllegalArgumentException(
							"%s holds something other than an index; name an empty or new folder".formatted(folder));
				}
			}
		}
		deleteRecursively(folder);
		Files.createDirectories(folder);
		PostingGenerator generator = new PostingGenerator(concepts, options.seed(), NOW);
		long generating = 0;
		long saving = 0;
		LucenePostingIndex index = new LucenePostingIndex(FSDirectory.open(folder), clock, interpreter, rates);
		try {
			for (int done = 0; done < options.postings(); done += options.batch()) {
				long start = System.nanoTime();
				var batch = generator.next(Math.min(options.batch(), options.postings() - done));
				long generated = System.nanoTime();
				index.save(batch);
				long saved = System.nanoTime();
				generating += generated - start;
				saving += saved - generated;
				if ((done / options.batch()) % 10 == 9) {
					System.out.printf(Locale.ROOT, "  %,d postings saved, %.0f s%n", done + batch.size(), saving / 1e9);
				}
			}
		}
		finally {
			// closing waits for merges still running
			long start = System.nanoTime();
			index.close();
			saving += System.nanoTime() - start;
		}
		System.out.printf(Locale.ROOT,
				"indexing: %.1f s in PostingIndex.save (batches of %,d, each committed), %,.0f postings/s; "
						+ "generation %.1f s (not counted)%n",
				saving / 1e9, options.batch(), options.postings() / (saving / 1e9), generating / 1e9);
	}

	private static void measure(Options options, Concepts concepts, Path folder, Clock clock,
			QueryInterpreter interpreter, CurrencyRates rates) throws IOException {
		PostingGenerator generator = new PostingGenerator(concepts, options.seed(), NOW);
		List<BenchQuery> all = QueryMix.generate(generator, options.seed() + 1, options.warmup() + options.queries());
		List<BenchQuery> warmup = all.subList(0, options.warmup());
		List<BenchQuery> measured = all.subList(options.warmup(), all.size());
		long heapBefore = usedHeapAfterGc();
		try (LucenePostingIndex index = new LucenePostingIndex(FSDirectory.open(folder), clock, interpreter,
				rates)) {
			long start = System.nanoTime();
			long count = index.count();
			System.out.printf(Locale.ROOT, "index opened with %,d postings in %d ms%n", count,
					(System.nanoTime() - start) / MS);
			start = System.nanoTime();
			for (BenchQuery query : warmup) {
				index.search(query.query());
			}
			System.out.printf(Locale.ROOT, "warm-up of the posting index: %,d searches in %.1f s%n", warmup.size(),
					(System.nanoTime() - start) / 1e9);
			long heapWithIndex = usedHeapAfterGc();
			System.out.printf(Locale.ROOT,
					"heap used after full GC (approximate: MemoryMXBean after System.gc() x3): %d MB with the index "
							+ "open and warm, of which %d MB the index (the rest is concepts and the benchmark's "
							+ "word lists); max heap %d MB%n",
					heapWithIndex >> 20, (heapWithIndex - heapBefore) >> 20, Runtime.getRuntime().maxMemory() >> 20);

			try (Directory directory = FSDirectory.open(folder);
					DirectoryReader reader = DirectoryReader.open(directory);
					PostingAnalyzers analyzers = new PostingAnalyzers()) {
				System.out.printf(Locale.ROOT, "segments: %d, documents: %,d (deleted %,d)%n", reader.leaves().size(),
						reader.numDocs(), reader.numDeletedDocs());
				// the posting index searches a query's segments on several threads; the
				// baseline does the same unless told otherwise
				ExecutorService threads = (options.baselineThreads() > 1)
						? Executors.newFixedThreadPool(options.baselineThreads(),
								Thread.ofPlatform().name("baseline-search-", 0).daemon().factory())
						: null;
				IndexSearcher searcher = new IndexSearcher(reader, threads);
				System.out.printf(Locale.ROOT, "baseline searcher threads: %d%n", options.baselineThreads());
				BaselineQueries baseline = new BaselineQueries(analyzers, rates, NOW.toEpochMilli());
				start = System.nanoTime();
				for (BenchQuery query : warmup) {
					bare(searcher, baseline, query.query());
				}
				System.out.printf(Locale.ROOT, "warm-up of the baseline: %,d searches in %.1f s%n", warmup.size(),
						(System.nanoTime() - start) / 1e9);
				run(index, searcher, baseline, measured);
				if (threads != null) {
					threads.shutdown();
				}
			}
		}
	}

	/**
	 * Times each search on both, alternating which goes first so neither profits from the
	 * other having just read the same postings.
	 */
	private static void run(LucenePostingIndex index, IndexSearcher searcher, BaselineQueries baseline,
			List<BenchQuery> queries) throws IOException {
		long[] indexNanos = new long[queries.size()];
		long[] bareNanos = new long[queries.size()];
		long[] totalHits = new long[queries.size()];
		long[] bareHits = new long[queries.size()];
		double loadBefore = loadAverage();
		long start = System.nanoTime();
		for (int i = 0; i < queries.size(); i++) {
			PostingQuery query = queries.get(i).query();
			if (i % 2 == 0) {
				long t0 = System.nanoTime();
				PostingPage page = index.search(query);
				long t1 = System.nanoTime();
				TopDocs top = bare(searcher, baseline, query);
				long t2 = System.nanoTime();
				indexNanos[i] = t1 - t0;
				bareNanos[i] = t2 - t1;
				totalHits[i] = page.totalHits();
				bareHits[i] = top.totalHits.value();
			}
			else {
				long t0 = System.nanoTime();
				TopDocs top = bare(searcher, baseline, query);
				long t1 = System.nanoTime();
				PostingPage page = index.search(query);
				long t2 = System.nanoTime();
				bareNanos[i] = t1 - t0;
				indexNanos[i] = t2 - t1;
				totalHits[i] = page.totalHits();
				bareHits[i] = top.totalHits.value();
			}
		}
		double took = (System.nanoTime() - start) / 1e9;
		System.out.printf(Locale.ROOT,
				"measured %,d searches on each in %.1f s, load average %.2f before, %.2f after%n", queries.size(), took,
				loadBefore, loadAverage());

		Percentiles ours = Percentiles.of(indexNanos);
		Percentiles bare = Percentiles.of(bareNanos);
		System.out.println();
		System.out.println("| one search at a time, ms | searches | p50 | p95 | p99 | max | mean |");
		System.out.println("|---|---|---|---|---|---|---|");
		System.out.println(ours.row("PostingIndex.search (faceted, page loaded)", queries.size()));
		System.out.println(bare.row("bare Lucene BooleanQuery, top hits by score", queries.size()));
		System.out.printf(Locale.ROOT, "%nratio of p95: %.2f (posting index / baseline); p50 ratio %.2f%n",
				ours.p95() / bare.p95(), ours.p50() / bare.p50());

		System.out.println();
		System.out.println("By kind of search (posting index | baseline):");
		System.out
			.println("| kind | searches | p50 | p95 | p99 | max | baseline p50 | baseline p95 | mean hits | no hits |");
		System.out.println("|---|---|---|---|---|---|---|---|---|---|");
		Map<String, List<Integer>> groups = new LinkedHashMap<>();
		for (TextKind kind : TextKind.values()) {
			groups.put("text: " + kind.name().toLowerCase(Locale.ROOT), new ArrayList<>());
		}
		for (PostingQuery.SortOrder sort : PostingQuery.SortOrder.values()) {
			groups.put("sort: " + sort.name().toLowerCase(Locale.ROOT), new ArrayList<>());
		}
		for (int filters = 0; filters <= 3; filters++) {
			groups.put("filters: " + filters, new ArrayList<>());
		}
		int zeroHits = 0;
		for (int i = 0; i < queries.size(); i++) {
			BenchQuery query = queries.get(i);
			groups.get("text: " + query.kind().name().toLowerCase(Locale.ROOT)).add(i);
			groups.get("sort: " + query.query().sort().name().toLowerCase(Locale.ROOT)).add(i);
			groups.get("filters: " + query.filters()).add(i);
			if (totalHits[i] == 0) {
				zeroHits++;
			}
		}
		for (Map.Entry<String, List<Integer>> group : groups.entrySet()) {
			List<Integer> members = group.getValue();
			if (members.isEmpty()) {
				continue;
			}
			long[] a = members.stream().mapToLong((i) -> indexNanos[i]).toArray();
			long[] b = members.stream().mapToLong((i) -> bareNanos[i]).toArray();
			double hits = members.stream().mapToLong((i) -> totalHits[i]).average().orElse(0);
			long none = members.stream().filter((i) -> totalHits[i] == 0).count();
			Percentiles p = Percentiles.of(a);
			Percentiles q = Percentiles.of(b);
			System.out.printf(Locale.ROOT, "| %s | %d | %.2f | %.2f | %.2f | %.2f | %.2f | %.2f | %,.0f | %d |%n",
					group.getKey(), members.size(), p.p50(), p.p95(), p.p99(), p.max(), q.p50(), q.p95(), hits, none);
		}
		System.out.printf(Locale.ROOT,
				"%nsearches without hits: %d of %d; mean total hits %,.0f (baseline, which "
						+ "counts exactly only up to 1,000: %,.0f)%n",
				zeroHits, queries.size(), Arrays.stream(totalHits).average().orElse(0),
				Arrays.stream(bareHits).average().orElse(0));
		System.out.println();
		System.out.println("Some searches without hits:");
		for (int i = 0, shown = 0; i < queries.size() && shown < 10; i++) {
			if (totalHits[i] == 0) {
				System.out.printf(Locale.ROOT, "  %s%n", describe(queries.get(i).query()));
				shown++;
			}
		}
		System.out.println();
		System.out.println("The slowest searches of the posting index:");
		List<Integer> order = new ArrayList<>();
		for (int i = 0; i < queries.size(); i++) {
			order.add(i);
		}
		order.sort(Comparator.comparingLong((Integer i) -> indexNanos[i]).reversed());
		for (int i : order.subList(0, Math.min(10, order.size()))) {
			System.out.printf(Locale.ROOT, "  %.1f ms (baseline %.1f ms), %,d hits: %s%n", indexNanos[i] / 1e6,
					bareNanos[i] / 1e6, totalHits[i], describe(queries.get(i).query()));
		}
	}

	private static TopDocs bare(IndexSearcher searcher, BaselineQueries baseline, PostingQuery query)
			throws IOException {
		Query lucene = baseline.toQuery(query);
		return searcher.search(lucene, query.offset() + query.size());
	}

	private static String describe(PostingQuery query) {
		StringBuilder text = new StringBuilder("'").append(query.text()).append("'");
		if (!query.countries().isEmpty()) {
			text.append(" countries=").append(query.countries());
		}
		if (!query.regions().isEmpty()) {
			text.append(" regions=").append(query.regions());
		}
		if (!query.iscoGroups().isEmpty()) {
			text.append(" isco=").append(query.iscoGroups());
		}
		if (!query.employmentTypes().isEmpty()) {
			text.append(" types=").append(query.employmentTypes());
		}
		if (!query.remoteModes().isEmpty()) {
			text.append(" remote=").append(query.remoteModes());
		}
		if (query.publishedWithinDays() != null) {
			text.append(" within ").append(query.publishedWithinDays()).append(" days");
		}
		if (query.nearby() != null && query.nearby().withinKm() != null) {
			text.append(" within ").append(query.nearby().withinKm().intValue()).append(" km");
		}
		if (query.salary() != null) {
			text.append(" salary>=").append(query.salary().min()).append(' ').append(query.salary().currency());
		}
		return text.append(" sort=").append(query.sort()).append(" page=").append(query.page()).toString();
	}

	private static long usedHeapAfterGc() {
		MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
		for (int i = 0; i < 3; i++) {
			System.gc();
		}
		return memory.getHeapMemoryUsage().getUsed();
	}

	private static double loadAverage() {
		return ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
	}

	private static long sizeOnDisk(Path folder) throws IOException {
		try (Stream<Path> files = Files.walk(folder)) {
			return files.filter(Files::isRegularFile).mapToLong((file) -> file.toFile().length()).sum();
		}
	}

	private static void deleteRecursively(Path folder) throws IOException {
		if (!Files.exists(folder)) {
			return;
		}
		try (Stream<Path> files = Files.walk(folder)) {
			for (Path file : files.sorted(Comparator.reverseOrder()).toList()) {
				Files.delete(file);
			}
		}
	}

	/**
	 * Percentiles of latencies in ms, by nearest rank.
	 *
	 * @param p50 median
	 * @param p95 95th percentile
	 * @param p99 99th percentile
	 * @param max slowest
	 * @param mean average
	 */
	record Percentiles(double p50, double p95, double p99, double max, double mean) {

		static Percentiles of(long[] nanos) {
			long[] sorted = nanos.clone();
			Arrays.sort(sorted);
			return new Percentiles(rank(sorted, 0.50), rank(sorted, 0.95), rank(sorted, 0.99),
					sorted[sorted.length - 1] / 1e6, Arrays.stream(sorted).average().orElse(0) / 1e6);
		}

		private static double rank(long[] sorted, double quantile) {
			int index = (int) Math.ceil(quantile * sorted.length) - 1;
			return sorted[Math.max(0, Math.min(sorted.length - 1, index))] / 1e6;
		}

		String row(String name, int count) {
			return String.format(Locale.ROOT, "| %s | %,d | %.2f | %.2f | %.2f | %.2f | %.2f |", name, count, this.p50,
					this.p95, this.p99, this.max, this.mean);
		}

	}

	/**
	 * The run's settings.
	 */
	record Options(int postings, int queries, int warmup, long seed, int batch, @Nullable String index,
			int baselineThreads) {

		static Options parse(String[] args) {
			Map<String, String> values = new LinkedHashMap<>();
			for (String name : List.of("postings", "queries", "warmup", "seed", "batch", "index", "baselineThreads")) {
				String property = System.getProperty("bench." + name);
				if (property != null) {
					values.put(name, property);
				}
			}
			for (String arg : args) {
				String option = arg.startsWith("--") ? arg.substring(2) : arg;
				int equals = option.indexOf('=');
				if (equals < 0) {
					throw new IllegalArgumentException("Options are name=value, not '%s'".formatted(arg));
				}
				values.put(option.substring(0, equals), option.substring(equals + 1));
			}
			Options options = new Options(Integer.parseInt(values.getOrDefault("postings", "1000000").replace("_", "")),
					Integer.parseInt(values.getOrDefault("queries", "2000")),
					Integer.parseInt(values.getOrDefault("warmup", "500")),
					Long.parseLong(values.getOrDefault("seed", "20261124")),
					Integer.parseInt(values.getOrDefault("batch", "10000")), values.get("index"),
					Integer.parseInt(values.getOrDefault("baselineThreads",
							String.valueOf(Runtime.getRuntime().availableProcessors()))));
			if (options.postings() < 1 || options.queries() < 1 || options.warmup() < 0 || options.batch() < 1
					|| options.baselineThreads() < 1) {
				throw new IllegalArgumentException("Counts must be positive: " + options);
			}
			return options;
		}

	}

}
