package io.arcticmatch.matcher.index.elasticsearch;

import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import co.elastic.clients.elasticsearch._types.DistanceUnit;
import co.elastic.clients.elasticsearch._types.FieldValue;
import co.elastic.clients.elasticsearch._types.GeoLocation;
import co.elastic.clients.elasticsearch._types.SortOptions;
import co.elastic.clients.elasticsearch._types.SortOrder;
import co.elastic.clients.elasticsearch._types.aggregations.Aggregation;
import co.elastic.clients.elasticsearch._types.query_dsl.BoolQuery;
import co.elastic.clients.elasticsearch._types.query_dsl.Operator;
import co.elastic.clients.elasticsearch._types.query_dsl.Query;
import co.elastic.clients.elasticsearch._types.query_dsl.SimpleQueryStringFlag;
import co.elastic.clients.util.NamedValue;
import io.arcticmatch.matcher.concepts.place.Country;
import io.arcticmatch.matcher.concepts.place.GeoPoint;
import io.arcticmatch.matcher.index.InterpretedText;
import io.arcticmatch.matcher.index.PostingFields;
import io.arcticmatch.matcher.index.PostingFields.TextLanguage;
import io.arcticmatch.matcher.index.QueryInterpreter;
import io.arcticmatch.matcher.index.TextClauses;
import io.arcticmatch.matcher.posting.CurrencyRates;
import io.arcticmatch.matcher.posting.EmploymentType;
import io.arcticmatch.matcher.posting.Facet;
import io.arcticmatch.matcher.posting.InvalidPostingQuery;
import io.arcticmatch.matcher.posting.JobPosting;
import io.arcticmatch.matcher.posting.PostingPage;
import io.arcticmatch.matcher.posting.PostingQuery;
import io.arcticmatch.matcher.posting.PostingQuery.SalaryFilter;
import io.arcticmatch.matcher.posting.PostingStatus;
import io.arcticmatch.matcher.posting.RemoteMode;

/**
 * Turns a {@link PostingQuery} into Elasticsearch's query DSL, as the search spec of both
 * stores describes: text parts that must all match, filters that do not score, the sort
 * and the facet aggregations.
 */
final class PostingQueries {

	/** Words are looked for in every language's title, the employer and the ad text. */
	private static final List<String> WORD_FIELDS = wordFields();

	private static final List<String> TITLE_FIELDS = weighted(PostingFields.TITLE, PostingFields.TITLE_WEIGHT);

	private static final TextClauses<Query> CLAUSES = new ElasticsearchClauses();

	private final Clock clock;

	private final QueryInterpreter interpreter;

	private final CurrencyRates rates;

	PostingQueries(Clock clock, QueryInterpreter interpreter, CurrencyRates rates) {
		this.clock = clock;
		this.interpreter = interpreter;
		this.rates = rates;
	}

	Query search(PostingQuery query) {
		BoolQuery.Builder bool = new BoolQuery.Builder();
		for (InterpretedText.Part part : this.interpreter.interpret(query.text()).parts()) {
			bool.must(CLAUSES.clauseFor(part));
		}
		bool.filter(openForApplications());
		filterAnyOf(bool, PostingFields.COUNTRY, query.countries().stream().map(Country::name).toList());
		filterAnyOf(bool, PostingFields.REGION, query.regions());
		filterAnyOf(bool, PostingFields.MUNICIPALITY, query.municipalities());
		filterAnyOf(bool, PostingFields.ISCO, query.iscoGroups());
		filterAnyOf(bool, PostingFields.EMPLOYMENT_TYPE,
				query.employmentTypes().stream().map(EmploymentType::name).toList());
		filterAnyOf(bool, PostingFields.WORKING_LANGUAGE, query.workingLanguages());
		filterAnyOf(bool, PostingFields.DRIVING_LICENCE, query.drivingLicences());
		filterAnyOf(bool, PostingFields.REMOTE, query.remoteModes().stream().map(RemoteMode::name).toList());
		SalaryFilter salary = query.salary();
		if (salary != null) {
			bool.filter(salary(salary));
		}
		Integer days = query.publishedWithinDays();
		if (days != null) {
			double since = PostingFields.searchTime(this.clock) - Duration.ofDays(days).toMillis();
			bool.filter(q -> q.range(r -> r.number(n -> n.field(PostingFields.PUBLISHED).gte(since))));
		}
		PostingQuery.Nearby nearby = query.nearby();
		Double withinKm = (nearby != null) ? nearby.withinKm() : null;
		if (nearby != null && withinKm != null) {
			// postings without a location have no distance: left out
			bool.filter(q -> q.geoDistance(g -> g.field(PostingFields.LOCATION)
				.location(location(nearby.origin()))
				.distance(withinKm + "km")));
		}
		return bool.build()._toQuery();
	}

	/**
	 * @return the order of a search; ties by id, so pages are stable
	 */
	List<SortOptions> sort(PostingQuery query) {
		SortOptions first = switch (query.sort()) {
			case RELEVANCE -> byScore();
			case NEWEST -> SortOptions.of(s -> s.field(f -> f.field(PostingFields.PUBLISHED).order(SortOrder.Desc)));
			// postings without a location are infinitely far: last
			case DISTANCE -> SortOptions.of(s -> s.geoDistance(g -> g.field(PostingFields.LOCATION)
				.location(location(nearbyOrigin(query)))
				.order(SortOrder.Asc)
				.unit(DistanceUnit.Kilometers)));
		};
		return List.of(first, byId());
	}

	/**
	 * @return a terms aggregation per facet, named by the facet: the most frequent
	 * values, ties by value
	 */
	Map<String, Aggregation> facets() {
		Map<String, Aggregation> facets = new LinkedHashMap<>();
		for (Facet facet : Facet.values()) {
			facets.put(facet.name(), Aggregation.of(a -> a.terms(t -> t.field(PostingFields.facetField(facet))
				.size(PostingPage.FACET_VALUES)
				.order(List.of(NamedValue.of("_count", SortOrder.Desc), NamedValue.of("_key", SortOrder.Asc))))));
		}
		return facets;
	}

	/**
	 * Open postings like the given one: the same occupation, unit group or minor group,
	 * or title words in common; never the posting itself.
	 */
	Query similarTo(JobPosting posting) {
		BoolQuery.Builder bool = new BoolQuery.Builder();
		bool.must(CLAUSES.likeThis(posting));
		bool.filter(openForApplications());
		bool.mustNot(q -> q.term(t -> t.field(PostingFields.ID).value(posting.id().toString())));
		return bool.build()._toQuery();
	}

	static SortOptions byScore() {
		return SortOptions.of(s -> s.score(score -> score.order(SortOrder.Desc)));
	}

	static SortOptions byId() {
		return SortOptions.of(s -> s.field(f -> f.field(PostingFields.ID).order(SortOrder.Asc)));
	}

	private static Query words(String text) {
		return Query.of(q -> q.simpleQueryString(s -> s.query(text).fields(WORD_FIELDS).defaultOperator(Operator.And)));
	}

	/** Keeps postings with any of the values, when there are values. */
	private static void filterAnyOf(BoolQuery.Builder bool, String field, Collection<String> values) {
		if (!values.isEmpty()) {
			bool.filter(terms(field, values));
		}
	}

	private static Query terms(String field, Collection<String> values) {
		List<FieldValue> terms = values.stream().map(FieldValue::of).toList();
		return Query.of(q -> q.terms(t -> t.field(field).terms(v -> v.value(terms))));
	}

	/** Active and the deadline, if any, not passed. */
	private Query openForApplications() {
		double now = PostingFields.searchTime(this.clock);
		return Query.of(q -> q
			.bool(b -> b.filter(f -> f.term(t -> t.field(PostingFields.STATUS).value(PostingStatus.ACTIVE.name())))
				.filter(f -> f.range(r -> r.number(n -> n.field(PostingFields.DEADLINE).gte(now))))));
	}

	/**
	 * Postings whose stated range overlaps the wanted one, compared as euros per month;
	 * those stating none when the filter keeps them.
	 */
	private Query salary(SalaryFilter filter) {
		PostingFields.SalaryBounds bounds = PostingFields.salaryBounds(filter, this.rates);
		BoolQuery.Builder stated = new BoolQuery.Builder();
		stated.filter(q -> q.exists(e -> e.field(PostingFields.SALARY_MIN)));
		if (bounds.min() != null) {
			stated.filter(q -> q.range(r -> r.number(n -> n.field(PostingFields.SALARY_MAX).gte(bounds.min()))));
		}
		if (bounds.max() != null) {
			stated.filter(q -> q.range(r -> r.number(n -> n.field(PostingFields.SALARY_MIN).lte(bounds.max()))));
		}
		if (!filter.includeUnstated()) {
			return stated.build()._toQuery();
		}
		return Query.of(q -> q.bool(b -> b.should(stated.build()._toQuery())
			.should(s -> s.bool(none -> none.mustNot(m -> m.exists(e -> e.field(PostingFields.SALARY_MIN)))))
			.minimumShouldMatch("1")));
	}

	private static GeoPoint nearbyOrigin(PostingQuery query) {
		PostingQuery.Nearby nearby = query.nearby();
		if (nearby == null) {
			throw new InvalidPostingQuery("Sorting by distance needs a place to measure from");
		}
		return nearby.origin();
	}

	private static GeoLocation location(GeoPoint point) {
		return GeoLocation.of(g -> g.latlon(l -> l.lat(point.latitude()).lon(point.longitude())));
	}

	private static List<String> wordFields() {
		List<String> fields = new ArrayList<>(weighted(PostingFields.TITLE, PostingFields.TITLE_WEIGHT));
		fields.add(PostingFields.EMPLOYER + "^" + PostingFields.EMPLOYER_WEIGHT);
		fields.addAll(weighted(PostingFields.DESCRIPTION, PostingFields.DESCRIPTION_WEIGHT));
		return List.copyOf(fields);
	}

	private static List<String> weighted(String field, float weight) {
		return List.of(TextLanguage.values())
			.stream()
			.map((language) -> PostingFields.textField(field, language) + "^" + weight)
			.toList();
	}

	/**
	 * The shared clause rules written in Elasticsearch's query DSL.
	 */
	private static final class ElasticsearchClauses implements TextClauses<Query> {

		@Override
		public Query allWords(String text) {
			return words(text);
		}

		@Override
		public Query anyTitleWord(String title) {
			// a title is words, not query syntax: in "C++ utvikler" the + would demand
			// every word, in "Lærer -vikar" the - exclude one
			return Query.of(q -> q.simpleQueryString(s -> s.query(title)
				.fields(TITLE_FIELDS)
				.defaultOperator(Operator.Or)
				.flags(SimpleQueryStringFlag.None)));
		}

		@Override
		public Query anyValue(String field, Collection<String> values, float score) {
			return constant(terms(field, values), score);
		}

		@Override
		public Query anyOf(List<Query> alternatives) {
			return Query.of(q -> q.bool(bool -> bool.should(alternatives).minimumShouldMatch("1")));
		}

		@Override
		public Query constant(Query query, float constantScore) {
			return Query.of(q -> q.constantScore(c -> c.filter(query).boost(constantScore)));
		}

	}

}
