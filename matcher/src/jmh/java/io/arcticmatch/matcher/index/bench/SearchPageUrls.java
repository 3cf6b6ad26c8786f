package io.arcticmatch.matcher.index.bench;

import java.io.IOException;
import java.io.Writer;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;

import io.arcticmatch.matcher.concepts.Concepts;
import io.arcticmatch.matcher.concepts.place.Country;
import io.arcticmatch.matcher.concepts.place.Municipality;
import io.arcticmatch.matcher.index.bench.PostingGenerator.ResolvedOccupation;
import io.arcticmatch.matcher.index.bench.Vocabulary.Lang;
import io.arcticmatch.matcher.index.bench.Vocabulary.Occupation;

/**
 * The addresses of the search page ({@code /jobs?...}) that the load test of issue 8
 * requests, written to a file, one a line as {@code <language>\t<path and query>}: the
 * language is the visitor's (sent as {@code Accept-Language}), the search is made of the
 * same occupations, words and towns as the postings {@link PostingGenerator} makes, in the
 * proportions of {@link QueryMix} (the mix of the posting index's benchmark), plus the
 * plain landing page and clicks on the page's other facets (municipality, working
 * language, driving licence). The same seed gives the same addresses.
 * <p>
 * Options as {@code name=value}: {@code dir} (the folder to write {@code urls-mix.tsv}
 * and {@code urls-distinct.tsv} in), {@code count} (20,000 addresses in the mix file,
 * repeats included as the mix draws them), {@code distinct} (50,000 addresses in the
 * other file, each once, in the order first drawn, for a run without repeats) and
 * {@code seed} (of the postings, as {@link SearchBenchmark}'s; the addresses use
 * {@code seed + 8}).
 */
public final class SearchPageUrls {

	private enum Filter {

		COUNTRY(20), REGION(10), MUNICIPALITY(6), ISCO(15), EMPLOYMENT_TYPE(15), LANGUAGE(4), LICENCE(3), REMOTE(8),
		PUBLISHED(15), DISTANCE(10), SALARY(7);

		private final int weight;

		Filter(int weight) {
			this.weight = weight;
		}

	}

	private static final double[] FILTER_WEIGHTS;

	static {
		double[] weights = new double[Filter.values().length];
		for (Filter filter : Filter.values()) {
			weights[filter.ordinal()] = filter.weight;
		}
		FILTER_WEIGHTS = PostingGenerator.cumulative(weights);
	}

	private SearchPageUrls() {
	}

	public static void main(String[] args) throws IOException {
		Map<String, String> options = new LinkedHashMap<>();
		for (String arg : args) {
			int equals = arg.indexOf('=');
			if (equals < 0) {
				throw new IllegalArgumentException("Options are name=value, not '%s'".formatted(arg));
			}
			options.put(arg.substring(0, equals), arg.substring(equals + 1));
		}
		Path folder = Path.of(options.getOrDefault("dir", "."));
		int count = Integer.parseInt(options.getOrDefault("count", "20000"));
		int distinctCount = Integer.parseInt(options.getOrDefault("distinct", "50000"));
		long seed = Long.parseLong(options.getOrDefault("seed", "20261124"));
		PostingGenerator generator = new PostingGenerator(Concepts.loadDefault(), seed, SearchBenchmark.NOW);
		SplittableRandom r = new SplittableRandom(seed + 8);
		List<String> mix = new ArrayList<>(count);
		Set<String> distinct = new LinkedHashSet<>();
		int draws = 0;
		while (mix.size() < count || distinct.size() < distinctCount) {
			String line = next(r, generator);
			if (mix.size() < count) {
				mix.add(line);
			}
			distinct.add(line);
			if (++draws > 50 * Math.max(count, distinctCount)) {
				throw new IllegalStateException("The mix gives fewer than %,d distinct addresses".formatted(distinctCount));
			}
		}
		Files.createDirectories(folder);
		write(folder.resolve("urls-mix.tsv"), mix);
		System.out.printf(Locale.ROOT, "%,d addresses of the search page as the mix draws them (%,d distinct) in %s%n",
				mix.size(), new LinkedHashSet<>(mix).size(), folder.resolve("urls-mix.tsv"));
		write(folder.resolve("urls-distinct.tsv"), distinct.stream().limit(distinctCount).toList());
		System.out.printf(Locale.ROOT, "%,d distinct addresses in %s%n", distinctCount,
				folder.resolve("urls-distinct.tsv"));
	}

	private static void write(Path file, List<String> lines) throws IOException {
		try (Writer writer = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
			for (String line : lines) {
				writer.write(line);
				writer.write('\n');
			}
		}
	}

	private static String next(SplittableRandom r, PostingGenerator generator) {
		Lang lang = lang(r);
		String language = lang.name().toLowerCase(Locale.ROOT);
		if (r.nextInt(100) < 5) {
			// the landing page: the menu's link, no search yet
			return language + "\t/jobs";
		}
		Params params = new Params();
		ResolvedOccupation occupation = generator.occupation(r);
		Occupation spec = occupation.spec();
		List<String> sectorWords = Vocabulary.SECTOR_WORDS.get(spec.sector()).get(lang);
		Municipality town = generator.municipality(r, countryOf(r, lang));
		int roll = r.nextInt(100);
		String text;
		if (roll < 10) {
			text = "";
		}
		else if (roll < 40) {
			text = (r.nextInt(100) < 75) ? spec.title(lang) : sectorWords.get(r.nextInt(sectorWords.size()));
		}
		else if (roll < 65) {
			List<String> qualifiers = Vocabulary.QUERY_QUALIFIERS.get(lang);
			text = (r.nextInt(100) < 60) ? qualifiers.get(r.nextInt(qualifiers.size())) + " " + spec.title(lang)
					: sectorWords.get(r.nextInt(sectorWords.size())) + " "
							+ sectorWords.get(r.nextInt(sectorWords.size()));
		}
		else {
			text = spec.title(lang) + " " + town.name();
		}
		params.add("q", text);
		roll = r.nextInt(100);
		int filters = (roll < 25) ? 0 : (roll < 60) ? 1 : (roll < 85) ? 2 : 3;
		Set<Filter> chosen = EnumSet.noneOf(Filter.class);
		while (chosen.size() < filters) {
			chosen.add(Filter.values()[PostingGenerator.pick(r, FILTER_WEIGHTS)]);
		}
		// as someone narrows a search: mostly the facet values of what was searched for
		boolean own = r.nextInt(100) < 75;
		boolean near = false;
		for (Filter filter : chosen) {
			switch (filter) {
				case COUNTRY -> {
					params.add("country", (own ? town.country() : PostingGenerator.country(r)).name());
					if (r.nextInt(100) < 20) {
						params.add("country", PostingGenerator.country(r).name());
					}
				}
				case REGION ->
					params.add("region", (own ? town : generator.municipality(r, PostingGenerator.country(r))).region().id());
				case MUNICIPALITY ->
					params.add("municipality", (own ? town : generator.municipality(r, PostingGenerator.country(r))).id());
				case ISCO -> {
					String code = (own ? occupation : generator.occupation(r)).occupation().iscoCode();
					int level = r.nextInt(100);
					level = (level < 10) ? 1 : (level < 35) ? 2 : (level < 60) ? 3 : 4;
					params.add("isco", code.substring(0, Math.min(level, code.length())));
				}
				case EMPLOYMENT_TYPE -> {
					List<String> types = List.of("PERMANENT", "TEMPORARY", "SEASONAL");
					params.add("employmentType", types.get(r.nextInt(3)));
					if (r.nextInt(100) < 30) {
						params.add("employmentType", types.get(r.nextInt(3)));
					}
				}
				case LANGUAGE -> params.add("language", List.of("nb", "sv", "fi", "en").get(r.nextInt(4)));
				case LICENCE -> params.add("licence", List.of("licence:B", "licence:C", "licence:CE").get(r.nextInt(3)));
				case REMOTE -> {
					int mode = r.nextInt(100);
					if (mode < 50) {
						params.add("remote", "REMOTE");
						params.add("remote", "HYBRID");
					}
					else {
						params.add("remote", (mode < 75) ? "REMOTE" : "ON_SITE");
					}
				}
				case PUBLISHED -> params.add("publishedWithinDays", List.of("1", "3", "7", "14", "30").get(r.nextInt(5)));
				case DISTANCE -> {
					params.add("near", (own ? town : generator.municipality(r, PostingGenerator.country(r))).id());
					params.add("withinKm", "100");
					near = true;
				}
				case SALARY -> {
					Country country = own ? town.country() : PostingGenerator.country(r);
					int least = switch (country) {
						case NO -> 40_000 + 5_000 * r.nextInt(5);
						case SE -> 28_000 + 3_000 * r.nextInt(5);
						case FI -> 2_500 + 300 * r.nextInt(5);
					};
					params.add("salaryMin", String.valueOf(least));
					if (r.nextInt(100) < 25) {
						params.add("salaryMax", String.valueOf(least * 3 / 2));
					}
					params.add("currency", switch (country) {
						case NO -> "NOK";
						case SE -> "SEK";
						case FI -> "EUR";
					});
					params.add("salaryPeriod", "MONTH");
					if (r.nextBoolean()) {
						params.add("salaryStatedOnly", "true");
					}
				}
			}
		}
		roll = r.nextInt(100);
		if (roll >= 60 && roll < 90) {
			params.add("sort", "newest");
		}
		else if (roll >= 90) {
			if (!near) {
				params.add("near", town.id());
			}
			params.add("sort", "distance");
		}
		roll = r.nextInt(100);
		if (roll >= 70) {
			params.add("page", (roll < 90) ? "1" : "2");
		}
		return language + "\t/jobs" + params;
	}

	private static Lang lang(SplittableRandom r) {
		int roll = r.nextInt(100);
		return (roll < 35) ? Lang.NB : (roll < 70) ? Lang.SV : (roll < 85) ? Lang.FI : Lang.EN;
	}

	private static Country countryOf(SplittableRandom r, Lang lang) {
		if (r.nextInt(100) < 30) {
			return PostingGenerator.country(r);
		}
		return switch (lang) {
			case NB -> Country.NO;
			case SV -> Country.SE;
			case FI -> Country.FI;
			case EN -> PostingGenerator.country(r);
		};
	}

	/** A query string as the page's own links write it. */
	private static final class Params {

		private final StringBuilder query = new StringBuilder();

		void add(String name, String value) {
			this.query.append(this.query.isEmpty() ? '?' : '&')
				.append(name)
				.append('=')
				.append(URLEncoder.encode(value, StandardCharsets.UTF_8));
		}

		@Override
		public String toString() {
			return this.query.toString();
		}

	}

}
