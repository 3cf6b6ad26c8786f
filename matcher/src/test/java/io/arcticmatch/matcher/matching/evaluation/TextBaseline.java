package io.arcticmatch.matcher.matching.evaluation;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import io.arcticmatch.matcher.concepts.Concepts;
import io.arcticmatch.matcher.concepts.core.LabelLanguage;
import io.arcticmatch.matcher.concepts.core.Labels;
import io.arcticmatch.matcher.matching.OccupationExperience;
import io.arcticmatch.matcher.matching.SeekerProfile;
import io.arcticmatch.matcher.posting.JobPosting;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.standard.StandardAnalyzer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.DisjunctionMaxQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.store.Directory;

/**
 * What plain Elasticsearch gives a seeker who types what their profile says: the
 * occupation and skill labels in their own language as one text query, a
 * {@code multi_match} of type {@code best_fields} over title, employer and description
 * with the {@code standard} analyzer and BM25, and nothing else (no concepts, no places,
 * no filters but none needed: the set holds active ads only).
 */
final class TextBaseline implements AutoCloseable {

	private static final List<String> FIELDS = List.of("title", "employer", "description");

	private static final String ID = "id";

	private final Directory directory = new ByteBuffersDirectory();

	private final Analyzer analyzer = new StandardAnalyzer();

	private final Concepts concepts;

	private final DirectoryReader reader;

	private final IndexSearcher searcher;

	TextBaseline(List<JobPosting> postings, Concepts concepts) {
		this.concepts = concepts;
		try (IndexWriter writer = new IndexWriter(this.directory, new IndexWriterConfig(this.analyzer))) {
			for (JobPosting posting : postings) {
				Document document = new Document();
				document.add(new StoredField(ID, posting.id().sourceId()));
				document.add(new TextField("title", posting.title(), Field.Store.NO));
				document.add(new TextField("employer", posting.employer(), Field.Store.NO));
				document.add(new TextField("description", posting.description(), Field.Store.NO));
				writer.addDocument(document);
			}
			writer.commit();
			this.reader = DirectoryReader.open(this.directory);
			this.searcher = new IndexSearcher(this.reader);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/**
	 * The words a seeker would type: the preferred labels of their occupations and skills
	 * in their language (English where the concept has no label in it).
	 * @param profile the seeker
	 * @param language the seeker's language tag
	 * @return the query text
	 */
	String queryText(SeekerProfile profile, String language) {
		LabelLanguage in = LabelLanguage.fromTag(language).orElse(LabelLanguage.EN);
		List<String> words = new ArrayList<>();
		for (OccupationExperience occupation : profile.occupations()) {
			this.concepts.occupations()
				.byId(occupation.conceptId())
				.ifPresent((concept) -> words.add(label(concept.labels(), in)));
		}
		for (String skill : profile.skills()) {
			this.concepts.skills().byId(skill).ifPresent((concept) -> words.add(label(concept.labels(), in)));
		}
		return String.join(" ", words);
	}

	private static String label(Labels labels, LabelLanguage in) {
		return labels.find(in).orElseGet(() -> labels.get(LabelLanguage.EN));
	}

	/**
	 * @param text the query text
	 * @param limit how many hits at most
	 * @return the ids of the best postings, best first
	 */
	List<String> search(String text, int limit) {
		Set<String> terms = terms(text);
		if (terms.isEmpty()) {
			return List.of();
		}
		List<Query> perField = new ArrayList<>();
		for (String field : FIELDS) {
			BooleanQuery.Builder any = new BooleanQuery.Builder();
			terms.forEach((term) -> any.add(new TermQuery(new Term(field, term)), BooleanClause.Occur.SHOULD));
			perField.add(any.build());
		}
		try {
			List<String> ids = new ArrayList<>();
			for (ScoreDoc hit : this.searcher.search(new DisjunctionMaxQuery(perField, 0), limit).scoreDocs) {
				ids.add(this.searcher.storedFields().document(hit.doc).get(ID));
			}
			return ids;
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private Set<String> terms(String text) {
		Set<String> terms = new LinkedHashSet<>();
		try (TokenStream tokens = this.analyzer.tokenStream("description", text)) {
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

	@Override
	public void close() throws IOException {
		this.reader.close();
		this.directory.close();
	}

}
