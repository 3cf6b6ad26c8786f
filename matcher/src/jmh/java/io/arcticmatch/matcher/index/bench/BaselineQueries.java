package io.arcticmatch.matcher.index.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

import io.arcticmatch.matcher.concepts.place.Country;
import io.arcticmatch.matcher.index.PostingFields;
import io.arcticmatch.matcher.index.PostingFields.TextLanguage;
import io.arcticmatch.matcher.index.lucene.PostingAnalyzers;
import io.arcticmatch.matcher.posting.CurrencyRates;
import io.arcticmatch.matcher.posting.PostingQuery;
import io.arcticmatch.matcher.posting.PostingStatus;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.document.DoublePoint;
import org.apache.lucene.document.LatLonPoint;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.FieldExistsQuery;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermInSetQuery;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.util.BytesRef;
import org.jspecify.annotations.Nullable;

/**
 * The baseline: a bare Lucene {@link BooleanQuery} for a {@link PostingQuery}, built by
 * hand. Each word of the text must match in one of the text fields the posting index
 * searches (every language's title and description, and the employer, with the same
 * weights), after the same analysis; the filters are plain Lucene filter clauses on the
 * same fields. No concept recognition, no facets, no sort but score, and nothing loaded
 * from the stored postings.
 */
final class BaselineQueries {

	private static final Query ACTIVE = new TermQuery(new Term(PostingFields.STATUS, PostingStatus.ACTIVE.name()));

	private final PostingAnalyzers analyzers;

	private final CurrencyRates rates;

	private final long now;

	BaselineQueries(PostingAnalyzers analyzers, CurrencyRates rates, long nowMillis) {
		this.analyzers = analyzers;
		this.rates = rates;
		this.now = nowMillis;
	}

	Query toQuery(PostingQuery query) {
		BooleanQuery.Builder bool = new BooleanQuery.Builder();
		boolean anyWord = false;
		for (String word : query.text().strip().split("\\s+")) {
			Query words = word.isEmpty() ? null : word(word);
			if (words != null) {
				bool.add(words, Occur.MUST);
				anyWord = true;
			}
		}
		if (!anyWord) {
			bool.add(new MatchAllDocsQuery(), Occur.MUST);
		}
		bool.add(ACTIVE, Occur.FILTER);
		bool.add(LongPoint.newRangeQuery(PostingFields.DEADLINE, this.now, Long.MAX_VALUE), Occur.FILTER);
		terms(bool, PostingFields.COUNTRY, query.countries().stream().map(Country::name).toList());
		terms(bool, PostingFields.REGION, query.regions());
		terms(bool, PostingFields.MUNICIPALITY, query.municipalities());
		terms(bool, PostingFields.ISCO, query.iscoGroups());
		terms(bool, PostingFields.EMPLOYMENT_TYPE, query.employmentTypes().stream().map(Enum::name).toList());
		terms(bool, PostingFields.WORKING_LANGUAGE, query.workingLanguages());
		terms(bool, PostingFields.DRIVING_LICENCE, query.drivingLicences());
		terms(bool, PostingFields.REMOTE, query.remoteModes().stream().map(Enum::name).toList());
		if (query.publishedWithinDays() != null) {
			long since = this.now - Duration.ofDays(query.publishedWithinDays()).toMillis();
			bool.add(LongPoint.newRangeQuery(PostingFields.PUBLISHED, since, Long.MAX_VALUE), Occur.FILTER);
		}
		PostingQuery.Nearby nearby = query.nearby();
		if (nearby != null && nearby.withinKm() != null) {
			bool.add(LatLonPoint.newDistanceQuery(PostingFields.LOCATION, nearby.origin().latitude(),
					nearby.origin().longitude(), nearby.withinKm() * 1000), Occur.FILTER);
		}
		PostingQuery.SalaryFilter salary = query.salary();
		if (salary != null && (salary.min() != null || salary.max() != null)) {
			bool.add(salary(salary), Occur.FILTER);
		}
		return bool.build();
	}

	/** One word: a term (or all terms, if it analyses to several) in any text field. */
	private @Nullable Query word(String word) {
		BooleanQuery.Builder fields = new BooleanQuery.Builder();
		int clauses = 0;
		for (TextLanguage language : TextLanguage.values()) {
			List<String> terms = analyze(this.analyzers.forLanguage(language), word);
			if (terms.isEmpty()) {
				continue;
			}
			fields.add(
					boosted(PostingFields.textField(PostingFields.TITLE, language), terms, PostingFields.TITLE_WEIGHT),
					Occur.SHOULD);
			fields.add(boosted(PostingFields.textField(PostingFields.DESCRIPTION, language), terms,
					PostingFields.DESCRIPTION_WEIGHT), Occur.SHOULD);
			clauses += 2;
		}
		List<String> employer = analyze(this.analyzers.employer(), word);
		if (!employer.isEmpty()) {
			fields.add(boosted(PostingFields.EMPLOYER, employer, PostingFields.EMPLOYER_WEIGHT), Occur.SHOULD);
			clauses++;
		}
		return (clauses == 0) ? null : fields.build();
	}

	private static Query boosted(String field, List<String> terms, float weight) {
		Query query;
		if (terms.size() == 1) {
			query = new TermQuery(new Term(field, terms.get(0)));
		}
		else {
			BooleanQuery.Builder all = new BooleanQuery.Builder();
			for (String term : terms) {
				all.add(new TermQuery(new Term(field, term)), Occur.MUST);
			}
			query = all.build();
		}
		return (weight == 1f) ? query : new BoostQuery(query, weight);
	}

	private static List<String> analyze(Analyzer analyzer, String word) {
		List<String> terms = new ArrayList<>(2);
		// the field name does not matter: each of these analyzers has one chain for all
		try (TokenStream tokens = analyzer.tokenStream("text", word)) {
			CharTermAttribute term = tokens.addAttribute(CharTermAttribute.class);
			tokens.reset();
			while (tokens.incrementToken()) {
				terms.add(term.toString());
			}
			tokens.end();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return terms;
	}

	private static void terms(BooleanQuery.Builder bool, String field, Collection<String> values) {
		if (!values.isEmpty()) {
			bool.add(new TermInSetQuery(field, values.stream().map(BytesRef::new).toList()), Occur.FILTER);
		}
	}

	/**
	 * The same overlap as the posting index: stated range overlaps, or unstated if kept.
	 */
	private Query salary(PostingQuery.SalaryFilter filter) {
		BooleanQuery.Builder stated = new BooleanQuery.Builder();
		if (filter.min() != null) {
			stated.add(DoublePoint.newRangeQuery(PostingFields.SALARY_MAX, eur(filter.min(), filter),
					Double.POSITIVE_INFINITY), Occur.FILTER);
		}
		if (filter.max() != null) {
			stated.add(DoublePoint.newRangeQuery(PostingFields.SALARY_MIN, Double.NEGATIVE_INFINITY,
					eur(filter.max(), filter)), Occur.FILTER);
		}
		if (!filter.includeUnstated()) {
			return stated.build();
		}
		Query unstated = new BooleanQuery.Builder().add(new MatchAllDocsQuery(), Occur.FILTER)
			.add(new FieldExistsQuery(PostingFields.SALARY_MIN), Occur.MUST_NOT)
			.build();
		return new BooleanQuery.Builder().add(stated.build(), Occur.SHOULD).add(unstated, Occur.SHOULD).build();
	}

	private double eur(BigDecimal amount, PostingQuery.SalaryFilter filter) {
		return this.rates.eurPerMonth(amount, filter.currency(), filter.period());
	}

}
