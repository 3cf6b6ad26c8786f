package io.arcticmatch.ingest.cli;

import java.io.IOException;
import java.io.UncheckedIOException;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import io.arcticmatch.ingest.normalise.Normaliser;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.search.SortField;
import org.apache.lucene.search.Sort;
import io.arcticmatch.matcher.index.lucene.PostingAnalyzers;
import io.arcticmatch.matcher.index.PostingFields;
import io.arcticmatch.ingest.source.ParsedPosting;
import io.arcticmatch.ingest.source.PageSplit;
import io.arcticmatch.ingest.normalise.Preparation.Prepared;
import io.arcticmatch.ingest.normalise.Preparation;
import io.arcticmatch.ingest.source.Golden;
import io.arcticmatch.ingest.source.PostingConverters;
import io.arcticmatch.matcher.concepts.Concepts;
import io.arcticmatch.matcher.index.QueryInterpreter;
import io.arcticmatch.matcher.posting.CurrencyRates;
import io.arcticmatch.matcher.index.lucene.LucenePostingIndex;
import org.apache.lucene.analysis.standard.StandardAnalyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.SortedDocValuesField;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.util.BytesRef;
import org.apache.lucene.util.IOUtils;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The import benchmark: postings generated in the three real formats (from the real
 * fixtures, ids, titles and places varied) go from files into the embedded Lucene index
 * through the import command's path (split, convert, normalise, index), and, as the
 * baseline in the same run, the documents the store writes for them straight into a bare
 * Lucene index. How to run it is in docs/benchmarks.md, where the figures go.
 */
public final class ImportBenchmark {

	private static final int PER_FILE = 5_000;

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private static final String[][] PLACES = { { "NARVIK", "1806" }, { "TROMSØ", "5501" }, { "ALTA", "5601" },
			{ "BODØ", "1804" }, { "KIRUNA", "2584" }, { "LULEÅ", "2580" }, { "GÄLLIVARE", "2523" },
			{ "HAPARANDA", "2583" }, { "ROVANIEMI", "698" }, { "TORNIO", "851" }, { "KEMI", "240" },
			{ "INARI", "148" } };

	private static final String[] TITLES = { "Sykepleier", "Sjuksköterska", "Sairaanhoitaja", "Gruvarbetare",
			"Elektriker", "Lastebilsjåfør", "Kokk", "Lärare", "Ohjelmistokehittäjä", "Reiseleder", "Snickare",
			"Hitsaaja" };

	private ImportBenchmark() {
	}

	public static void main(String[] args) throws IOException {
		int postings = Integer.getInteger("bench.postings", 100_000);
		int rounds = Integer.getInteger("bench.rounds", 3);
		Path work = Files.createTempDirectory("arctic-ingest-bench");
		try {
			List<Path> files = generate(work.resolve("feeds"), postings);
			long bytes = 0;
			for (Path file : files) {
				bytes += Files.size(file);
			}
			System.out
				.println("generated %d postings in %d files, %.0f MB".formatted(postings, files.size(), bytes / 1e6));
			long concepts = System.nanoTime();
			Concepts loaded = Concepts.loadDefault();
			Preparation preparation = new Preparation(PostingConverters.standard(), new Normaliser(loaded));
			QueryInterpreter interpreter = new QueryInterpreter(loaded);
			System.out.println("concepts loaded in %.1f s (once per process, not counted below)"
				.formatted((System.nanoTime() - concepts) / 1e9));
			double[] textOnly = new double[rounds];
			double[] baseline = new double[rounds];
			double[] candidate = new double[rounds];
			for (int round = 0; round < rounds; round++) {
				textOnly[round] = textOnlyLucene(files, work.resolve("text-" + round));
				baseline[round] = sameDocumentsLucene(files, work.resolve("bare-" + round), preparation, interpreter);
				candidate[round] = importCommand(files, work.resolve("index-" + round), preparation, interpreter);
				System.out.println(("round %d: bare Lucene (the store's documents) %.2f s, import %.2f s, ratio %.2f; "
						+ "bare Lucene (id, title, text, raw ad only) %.2f s")
					.formatted(round + 1, baseline[round], candidate[round], candidate[round] / baseline[round],
							textOnly[round]));
			}
			double base = median(baseline);
			double cand = median(candidate);
			double text = median(textOnly);
			System.out.println(("median: bare Lucene %.2f s (%.0f postings/s), import %.2f s (%.0f postings/s), "
					+ "ratio %.2f; against the text-only baseline (%.2f s) %.2f")
				.formatted(base, postings / base, cand, postings / cand, cand / base, text, cand / text));
		}
		finally {
			IOUtils.rm(work);
		}
	}

	private static double importCommand(List<Path> files, Path folder, Preparation preparation,
			QueryInterpreter interpreter) throws IOException {
		long start = System.nanoTime();
		try (LucenePostingIndex index = new LucenePostingIndex(FSDirectory.open(folder), Clock.systemUTC(), interpreter,
				CurrencyRates.nordic())) {
			FeedFileImport importer = new FeedFileImport(preparation, index, Clock.systemUTC(), 5_000);
			importer.importFiles(files, FeedFileImport.ImportProgress.SILENT, new FeedFileImport.FileOutcomes() {

				@Override
				public void imported(FileReport report) {
					if (report.indexed() != report.read()) {
						throw new IllegalStateException("The benchmark's own data was not all indexed: "
								+ report.summary() + " " + report.rejected().stream().limit(3).toList());
					}
				}

				@Override
				public void unreadable(Path file, IOException problem) {
					throw new UncheckedIOException(problem);
				}

			});
		}
		return (System.nanoTime() - start) / 1e9;
	}

	/**
	 * The baseline: bare Lucene indexing exactly the documents the store writes (same
	 * fields, analyzers and index sort), added from all cores as the store adds them, one
	 * commit per file. Making the documents (reading, splitting, converting, normalising
	 * the ads and building the Lucene documents) is the import's own work and is done
	 * before the clock runs, file by file.
	 */
	private static double sameDocumentsLucene(List<Path> files, Path folder, Preparation preparation,
			QueryInterpreter interpreter) throws IOException {
		long timed = 0;
		int indexed = 0;
		try (LucenePostingIndex store = new LucenePostingIndex(new ByteBuffersDirectory(), Clock.systemUTC(),
				interpreter, CurrencyRates.nordic());
				PostingAnalyzers analyzers = new PostingAnalyzers();
				IndexWriter writer = new IndexWriter(FSDirectory.open(folder),
						new IndexWriterConfig(analyzers.perField())
							.setIndexSort(new Sort(new SortField(PostingFields.ID, SortField.Type.STRING))))) {
			for (Path file : files) {
				List<Document> documents = documents(file, preparation, store);
				long start = System.nanoTime();
				documents.parallelStream().forEach((document) -> {
					try {
						writer.addDocument(document);
					}
					catch (IOException ex) {
						throw new UncheckedIOException(ex);
					}
				});
				writer.commit();
				timed += System.nanoTime() - start;
				indexed += documents.size();
			}
			long start = System.nanoTime();
			writer.close();
			timed += System.nanoTime() - start;
		}
		if (indexed == 0) {
			throw new IllegalStateException("The baseline indexed nothing");
		}
		return timed / 1e9;
	}

	private static List<Document> documents(Path file, Preparation preparation, LucenePostingIndex store)
			throws IOException {
		PageSplit<ParsedPosting> split = FeedFile.split(Files.readString(file, StandardCharsets.UTF_8),
				Clock.systemUTC().instant());
		if (!(split instanceof PageSplit.Split<ParsedPosting> ads)) {
			throw new IllegalStateException("The benchmark's own file is malformed: " + file);
		}
		return ads.items()
			.parallelStream()
			.map(preparation::prepare)
			.map((prepared) -> store.toDocument(((Prepared.Ready) prepared).posting()))
			.toList();
	}

	/**
	 * The baseline until 2026-11-25, kept for comparison: the same ads' id, title and
	 * text with the standard analyzer and the raw ad as a stored field, single-threaded.
	 * It indexes far less than the store does (no stemming or folding, no concept, place
	 * or facet fields, no index sort), so it is no longer the ratio's baseline.
	 */
	private static double textOnlyLucene(List<Path> files, Path folder) throws IOException {
		long start = System.nanoTime();
		try (IndexWriter writer = new IndexWriter(FSDirectory.open(folder),
				new IndexWriterConfig(new StandardAnalyzer()))) {
			for (Path file : files) {
				JsonNode tree = JSON.readTree(Files.readString(file, StandardCharsets.UTF_8));
				JsonNode ads = tree.has("response") ? tree.path("response").path("docs") : tree;
				for (JsonNode ad : ads) {
					JsonNode content = ad.has("ad_content") ? ad.path("ad_content") : ad;
					String id = content
						.path(content.has("ilmoitusnumero") ? "ilmoitusnumero" : content.has("uuid") ? "uuid" : "id")
						.asString();
					String title = content
						.path(content.has("headline") ? "headline" : content.has("otsikko") ? "otsikko" : "title")
						.asString();
					String text = content.path("description").isObject()
							? content.path("description").path("text").asString()
							: content.path(content.has("kuvausteksti") ? "kuvausteksti" : "description").asString();
					Document doc = new Document();
					doc.add(new StringField("id", id, Field.Store.NO));
					doc.add(new SortedDocValuesField("id", new BytesRef(id)));
					doc.add(new TextField("title", title, Field.Store.NO));
					doc.add(new TextField("description", text, Field.Store.NO));
					doc.add(new StringField("status", "ACTIVE", Field.Store.NO));
					doc.add(new StoredField("source", JSON.writeValueAsBytes(ad)));
					writer.addDocument(doc);
				}
				writer.commit();
			}
		}
		return (System.nanoTime() - start) / 1e9;
	}

	private static List<Path> generate(Path folder, int postings) throws IOException {
		Files.createDirectories(folder);
		ObjectNode nav = (ObjectNode) JSON.readTree(Golden.fixture("norway/nav-feedentry-from-ad_1.json"));
		ObjectNode jobtech = (ObjectNode) JSON.readTree(Golden.fixture("sweden/jobtech-ad-22884504-kiruna-2019.json"));
		ObjectNode te = (ObjectNode) JSON.readTree(Golden.fixture("finland/te-tpt-api-single-job-10532453-sv.json"))
			.path("response")
			.path("docs")
			.get(0);
		List<Path> files = new ArrayList<>();
		for (int first = 0; first < postings; first += PER_FILE) {
			int count = Math.min(PER_FILE, postings - first);
			int country = (first / PER_FILE) % 3;
			ArrayNode ads = JSON.createArrayNode();
			for (int i = first; i < first + count; i++) {
				String title = TITLES[i % TITLES.length] + " " + (i % 97);
				String[] place = PLACES[i % PLACES.length];
				switch (country) {
					case 0 -> {
						ObjectNode ad = nav.deepCopy();
						String uuid = "bench-nav-" + i;
						ad.put("uuid", uuid);
						ObjectNode content = (ObjectNode) ad.path("ad_content");
						content.put("uuid", uuid);
						content.put("title", title);
						((ObjectNode) content.path("workLocations").get(0)).put("municipal", place[0]);
						ads.add(ad);
					}
					case 1 -> {
						ObjectNode ad = jobtech.deepCopy();
						ad.put("id", "bench-" + i);
						ad.put("headline", title);
						((ObjectNode) ad.path("workplace_address")).put("municipality_code", place[1]);
						ads.add(ad);
					}
					default -> {
						ObjectNode ad = te.deepCopy();
						ad.put("ilmoitusnumero", 90_000_000 + i);
						ad.put("tehtavanimi", title);
						ad.put("kuntakoodi", place[1]);
						ads.add(ad);
					}
				}
			}
			JsonNode page = (country == 2) ? JSON.createObjectNode()
				.set("response", JSON.createObjectNode().put("numFound", count).put("start", 0).set("docs", ads)) : ads;
			Path file = folder.resolve("feed-%03d.json".formatted(files.size()));
			Files.writeString(file, JSON.writeValueAsString(page), StandardCharsets.UTF_8);
			files.add(file);
		}
		return files;
	}

	private static double median(double[] values) {
		double[] sorted = values.clone();
		Arrays.sort(sorted);
		return sorted[sorted.length / 2];
	}

}
