package io.arcticmatch.matcher.index.bench;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Currency;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;

import io.arcticmatch.matcher.concepts.place.Country;
import io.arcticmatch.matcher.concepts.place.Municipality;
import io.arcticmatch.matcher.index.PostingFields;
import io.arcticmatch.matcher.index.bench.PostingGenerator.ResolvedOccupation;
import io.arcticmatch.matcher.index.bench.Vocabulary.Lang;
import io.arcticmatch.matcher.index.bench.Vocabulary.Occupation;
import io.arcticmatch.matcher.posting.EmploymentType;
import io.arcticmatch.matcher.posting.PostingQuery;
import io.arcticmatch.matcher.posting.PostingQuery.SortOrder;
import io.arcticmatch.matcher.posting.RemoteMode;
import io.arcticmatch.matcher.posting.SalaryPeriod;

/**
 * A fixed, seeded mix of searches as people run them on the search page: free text in
 * Norwegian, Swedish, Finnish or English (a title, a title and another word, a title and
 * a town, or nothing), zero to three filters, an order and one of the first three pages.
 */
final class QueryMix {

	/** What kind of text a search has, for the breakdown of the results. */
	enum TextKind {

		/** No text: browsing with filters. */
		BLANK,
		/** A title or a sector word ("sykepleier", "software developer", "gruva"). */
		ONE_TERM,
		/** A title and a qualifier or two sector words ("erfaren sveiser"). */
		TWO_TERMS,
		/** A title and a town ("sykepleier Tromsø"). */
		OCCUPATION_PLACE

	}

	/**
	 * One search of the mix.
	 *
	 * @param query the search
	 * @param kind its kind of text
	 * @param filters how many filters it has
	 */
	record BenchQuery(PostingQuery query, TextKind kind, int filters) {
	}

	private enum Filter {

		COUNTRY(20), REGION(10), ISCO(15), EMPLOYMENT_TYPE(15), REMOTE(8), PUBLISHED(15), DISTANCE(10), SALARY(7);

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

	private QueryMix() {
	}

	/**
	 * @param generator the occupations and places postings were made of
	 * @param seed the seed of the mix
	 * @param count how many searches
	 * @return the searches
	 */
	static List<BenchQuery> generate(PostingGenerator generator, long seed, int count) {
		SplittableRandom r = new SplittableRandom(seed);
		List<BenchQuery> queries = new ArrayList<>(count);
		for (int i = 0; i < count; i++) {
			queries.add(next(r, generator));
		}
		return queries;
	}

	private static BenchQuery next(SplittableRandom r, PostingGenerator generator) {
		PostingQuery.Builder query = PostingQuery.builder();
		int roll = r.nextInt(100);
		TextKind kind = (roll < 10) ? TextKind.BLANK
				: (roll < 40) ? TextKind.ONE_TERM : (roll < 65) ? TextKind.TWO_TERMS : TextKind.OCCUPATION_PLACE;
		Lang lang = lang(r);
		ResolvedOccupation occupation = generator.occupation(r);
		Occupation spec = occupation.spec();
		List<String> sectorWords = Vocabulary.SECTOR_WORDS.get(spec.sector()).get(lang);
		// the town named in the text, or the one the searcher is in; filters follow it
		Municipality town = generator.municipality(r, countryOf(r, lang));
		String text = switch (kind) {
			case BLANK -> "";
			case ONE_TERM -> (r.nextInt(100) < 75) ? spec.title(lang) : sectorWords.get(r.nextInt(sectorWords.size()));
			case TWO_TERMS -> {
				if (r.nextInt(100) < 60) {
					List<String> qualifiers = Vocabulary.QUERY_QUALIFIERS.get(lang);
					yield qualifiers.get(r.nextInt(qualifiers.size())) + " " + spec.title(lang);
				}
				yield sectorWords.get(r.nextInt(sectorWords.size())) + " "
						+ sectorWords.get(r.nextInt(sectorWords.size()));
			}
			case OCCUPATION_PLACE -> spec.title(lang) + " " + town.name();
		};
		query.text(text);
		roll = r.nextInt(100);
		int filters = (roll < 25) ? 0 : (roll < 60) ? 1 : (roll < 85) ? 2 : 3;
		Set<Filter> chosen = EnumSet.noneOf(Filter.class);
		while (chosen.size() < filters) {
			chosen.add(Filter.values()[PostingGenerator.pick(r, FILTER_WEIGHTS)]);
		}
		// filters as a searcher narrows a search: mostly the facet values of what was
		// searched for (the town's country or region, the occupation's group), sometimes
		// anything
		boolean own = r.nextInt(100) < 75;
		Municipality origin = null;
		for (Filter filter : chosen) {
			switch (filter) {
				case COUNTRY -> {
					query.countries(own ? town.country() : PostingGenerator.country(r));
					if (r.nextInt(100) < 20) {
						query.countries(PostingGenerator.country(r));
					}
				}
				case REGION ->
					query.regions((own ? town : generator.municipality(r, PostingGenerator.country(r))).region().id());
				case ISCO -> {
					String code = (own ? occupation : generator.occupation(r)).occupation().iscoCode();
					int level = r.nextInt(100);
					level = (level < 10) ? 1 : (level < 35) ? 2 : (level < 60) ? 3 : 4;
					query.iscoGroups(PostingFields.iscoGroups(code).get(Math.min(level, code.length()) - 1));
				}
				case EMPLOYMENT_TYPE -> {
					query.employmentTypes(EmploymentType.values()[r.nextInt(3)]);
					if (r.nextInt(100) < 30) {
						query.employmentTypes(EmploymentType.values()[r.nextInt(3)]);
					}
				}
				case REMOTE -> {
					int mode = r.nextInt(100);
					if (mode < 50) {
						query.remoteModes(RemoteMode.REMOTE, RemoteMode.HYBRID);
					}
					else if (mode < 75) {
						query.remoteModes(RemoteMode.REMOTE);
					}
					else {
						query.remoteModes(RemoteMode.ON_SITE);
					}
				}
				case PUBLISHED -> query.publishedWithinDays(List.of(1, 3, 7, 14, 30).get(r.nextInt(5)));
				case DISTANCE -> {
					origin = own ? town : generator.municipality(r, PostingGenerator.country(r));
					query.within(origin.location(), 100);
				}
				case SALARY -> {
					Country country = own ? town.country() : PostingGenerator.country(r);
					double least = switch (country) {
						case NO -> 40_000 + 5_000 * r.nextInt(5);
						case SE -> 28_000 + 3_000 * r.nextInt(5);
						case FI -> 2_500 + 300 * r.nextInt(5);
					};
					String currency = switch (country) {
						case NO -> "NOK";
						case SE -> "SEK";
						case FI -> "EUR";
					};
					BigDecimal max = (r.nextInt(100) < 25) ? BigDecimal.valueOf(least * 1.5) : null;
					query.salary(new PostingQuery.SalaryFilter(BigDecimal.valueOf(least), max,
							Currency.getInstance(currency), SalaryPeriod.MONTH, r.nextBoolean()));
				}
			}
		}
		roll = r.nextInt(100);
		if (roll < 60) {
			query.sort(SortOrder.RELEVANCE);
		}
		else if (roll < 90) {
			query.sort(SortOrder.NEWEST);
		}
		else {
			if (origin == null) {
				query.nearby(new PostingQuery.Nearby(town.location(), null));
			}
			query.sort(SortOrder.DISTANCE);
		}
		roll = r.nextInt(100);
		query.page((roll < 70) ? 0 : (roll < 90) ? 1 : 2, 20);
		return new BenchQuery(query.build(), kind, filters);
	}

	private static Lang lang(SplittableRandom r) {
		int roll = r.nextInt(100);
		return (roll < 35) ? Lang.NB : (roll < 70) ? Lang.SV : (roll < 85) ? Lang.FI : Lang.EN;
	}

	/** Mostly a town of the language's country, sometimes one across the border. */
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

}
