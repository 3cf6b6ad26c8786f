package io.arcticmatch.matcher.index.bench;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.math.BigDecimal;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Currency;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import io.arcticmatch.matcher.concepts.Concepts;
import io.arcticmatch.matcher.concepts.place.Country;
import io.arcticmatch.matcher.index.QueryInterpreter;
import io.arcticmatch.matcher.index.lucene.LucenePostingIndex;
import io.arcticmatch.matcher.posting.CurrencyRates;
import io.arcticmatch.matcher.posting.EmploymentType;
import io.arcticmatch.matcher.posting.JobPosting;
import io.arcticmatch.matcher.posting.PostingPage;
import io.arcticmatch.matcher.posting.PostingQuery;
import io.arcticmatch.matcher.posting.RemoteMode;
import io.arcticmatch.matcher.posting.SalaryPeriod;
import org.apache.lucene.store.FSDirectory;

/**
 * The index's share of the search page's load test (issue 8) without the web
 * application: the addresses of {@code urls-distinct.tsv} (written by
 * {@link SearchPageUrls}) read into {@link PostingQuery}s much as the web's parameter
 * reader does, then searched one after another through {@link LucenePostingIndex#search}
 * on an existing index, and the processor time of the whole process per search printed
 * (the index reads a page on a second thread, so the caller's time alone would miss
 * some). The index's counts are cached per query, so each address is searched once.
 * <p>
 * Options as {@code name=value}: {@code index} (an index built by {@link SearchBenchmark}),
 * {@code urls} (the address file), {@code from} (the first address measured, 1-based;
 * the addresses before it warm up), {@code warmup} (how many of those, default 10,000),
 * {@code count} (how many measured, default 20,000), {@code rounds} (default 1; each
 * round measures the next {@code count} addresses) and {@code now} (an instant for a
 * fixed clock, so that two runs must give the same checksum of hits, pages and counts;
 * default the system's clock) and {@code shortened} ({@code true}: through
 * {@link LucenePostingIndex#searchShortened}, as a list of cards could).
 */
public final class SearchPageReplay {

	private SearchPageReplay() {
	}

	public static void main(String[] args) throws IOException {
		Map<String, String> options = new LinkedHashMap<>();
		for (String arg : args) {
			int equals = arg.indexOf('=');
			options.put(arg.substring(0, equals), arg.substring(equals + 1));
		}
		Path folder = Path.of(options.get("index"));
		List<String> lines = Files.readAllLines(Path.of(options.get("urls")), StandardCharsets.UTF_8);
		int from = Integer.parseInt(options.getOrDefault("from", "17634")) - 1;
		int warmup = Integer.parseInt(options.getOrDefault("warmup", "10000"));
		int count = Integer.parseInt(options.getOrDefault("count", "20000"));
		int rounds = Integer.parseInt(options.getOrDefault("rounds", "1"));
		Concepts concepts = Concepts.loadDefault();
		CurrencyRates rates = CurrencyRates.nordic();
		List<PostingQuery> queries = new ArrayList<>();
		for (String line : lines) {
			queries.add(query(line.substring(line.indexOf('\t') + 1), concepts));
		}
		// a fixed clock gives the same results on every run, to compare them
		Clock clock = options.containsKey("now") ? Clock.fixed(Instant.parse(options.get("now")), ZoneOffset.UTC)
				: Clock.systemUTC();
		try (LucenePostingIndex index = new LucenePostingIndex(FSDirectory.open(folder), clock,
				new QueryInterpreter(concepts), rates)) {
			System.out.printf(Locale.ROOT, "%,d postings; warm-up on %,d addresses before %d%n", index.count(),
					Math.min(warmup, from), from + 1);
			for (int i = Math.max(0, from - warmup); i < from; i++) {
				index.search(queries.get(i));
			}
			int at = from;
			boolean shortened = Boolean.parseBoolean(options.getOrDefault("shortened", "false"));
			// one line per search (hits, page, counts in facet order) to compare two runs
			// search by search
			java.io.PrintWriter dump = options.containsKey("dump")
					? new java.io.PrintWriter(Files.newBufferedWriter(Path.of(options.get("dump")))) : null;
			for (int round = 0; round < rounds; round++) {
				long hits = 0;
				Map<String, long[]> kinds = new java.util.TreeMap<>();
				long cpu = processCpuNanos();
				long start = System.nanoTime();
				int end = Math.min(queries.size(), at + count);
				for (int i = at; i < end; i++) {
					long t0 = System.nanoTime();
					PostingPage page = shortened ? index.searchShortened(queries.get(i)) : index.search(queries.get(i));
					long t1 = System.nanoTime();
					hits = 31 * hits + page.totalHits();
					hits = 31 * hits + new java.util.TreeMap<>(page.facets()).toString().hashCode();
					for (JobPosting posting : page.postings()) {
						hits = 31 * hits + posting.id().hashCode();
					}
					if (dump != null) {
						dump.printf(Locale.ROOT, "%d %d %s %s%n", i + 1, page.totalHits(),
								page.postings().stream().map((posting) -> posting.id().toString()).toList(),
								new java.util.TreeMap<>(page.facets()));
					}
					long[] kind = kinds.computeIfAbsent(kind(queries.get(i)), (key) -> new long[2]);
					kind[0]++;
					kind[1] += t1 - t0;
				}
				long took = System.nanoTime() - start;
				long used = processCpuNanos() - cpu;
				System.out.printf(Locale.ROOT,
						"addresses %d-%d: CPU %.3f ms per search, wall %.3f ms per search (checksum %d, load %.2f)%n",
						at + 1, end, used / 1e6 / (end - at), took / 1e6 / (end - at), hits, ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
				kinds.forEach((kind, sum) -> System.out.printf(Locale.ROOT, "  %-28s %6d searches, wall %.3f ms each, %.0f%% of all%n",
						kind, sum[0], sum[1] / 1e6 / sum[0], 100.0 * sum[1] / took));
				at = end;
			}
			if (dump != null) {
				dump.close();
			}
		}
	}

	private static String kind(PostingQuery query) {
		return (query.text().isBlank() ? "no text" : "text") + ", " + query.sort().name().toLowerCase(Locale.ROOT)
				+ ((query.nearby() != null && query.nearby().withinKm() != null) ? ", within km" : "");
	}

	private static PostingQuery query(String address, Concepts concepts) {
		PostingQuery.Builder query = PostingQuery.builder();
		int question = address.indexOf('?');
		Map<String, List<String>> parameters = new LinkedHashMap<>();
		if (question >= 0) {
			for (String pair : address.substring(question + 1).split("&")) {
				int equals = pair.indexOf('=');
				String name = pair.substring(0, equals);
				String value = URLDecoder.decode(pair.substring(equals + 1), StandardCharsets.UTF_8).strip();
				if (!value.isEmpty()) {
					parameters.computeIfAbsent(name, (key) -> new ArrayList<>()).add(value);
				}
			}
		}
		query.text(first(parameters, "q", ""));
		values(parameters, "country").forEach((code) -> query.countries(Country.fromCode(code).orElseThrow()));
		values(parameters, "region").forEach(query::regions);
		values(parameters, "municipality").forEach(query::municipalities);
		values(parameters, "isco").forEach(query::iscoGroups);
		values(parameters, "employmentType").forEach((type) -> query.employmentTypes(EmploymentType.valueOf(type)));
		values(parameters, "language")
			.forEach((code) -> query.workingLanguages(concepts.languages().fromIso(code).asOptional().orElseThrow().code()));
		values(parameters, "licence").forEach((code) -> query.drivingLicences((code.startsWith("licence:")
				? concepts.licences().byId(code) : concepts.licences().fromCode(code).asOptional())
			.orElseThrow()
			.id()));
		values(parameters, "remote").forEach((mode) -> query.remoteModes(RemoteMode.valueOf(mode)));
		String min = first(parameters, "salaryMin", null);
		String max = first(parameters, "salaryMax", null);
		boolean statedOnly = Boolean.parseBoolean(first(parameters, "salaryStatedOnly", "false"));
		if (min != null || max != null || statedOnly) {
			query.salary(new PostingQuery.SalaryFilter((min != null) ? new BigDecimal(min) : null,
					(max != null) ? new BigDecimal(max) : null, Currency.getInstance(first(parameters, "currency", "EUR")),
					SalaryPeriod.valueOf(first(parameters, "salaryPeriod", "MONTH")), !statedOnly));
		}
		String days = first(parameters, "publishedWithinDays", null);
		query.publishedWithinDays((days != null) ? Integer.valueOf(days) : null);
		String near = first(parameters, "near", null);
		if (near != null) {
			String within = first(parameters, "withinKm", null);
			query.nearby(new PostingQuery.Nearby(concepts.places().byId(near).orElseThrow().location(),
					(within != null) ? Double.valueOf(within) : null));
		}
		query.sort(PostingQuery.SortOrder.valueOf(first(parameters, "sort", "relevance").toUpperCase(Locale.ROOT)));
		query.page(Integer.parseInt(first(parameters, "page", "0")), 20);
		return query.build();
	}

	/**
	 * The processor time of the whole process (user and system) from Linux's
	 * {@code /proc/self/stat}, in nanoseconds, at the kernel's 100 ticks a second.
	 */
	private static long processCpuNanos() throws IOException {
		String stat = Files.readString(Path.of("/proc/self/stat"), StandardCharsets.US_ASCII);
		// the fields after the command name in parentheses, which may hold blanks
		String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
		long ticks = Long.parseLong(fields[11]) + Long.parseLong(fields[12]);
		return ticks * 10_000_000L;
	}

	private static List<String> values(Map<String, List<String>> parameters, String name) {
		return parameters.getOrDefault(name, List.of());
	}

	private static String first(Map<String, List<String>> parameters, String name, String otherwise) {
		List<String> values = parameters.get(name);
		return (values != null) ? values.getFirst() : otherwise;
	}

}
