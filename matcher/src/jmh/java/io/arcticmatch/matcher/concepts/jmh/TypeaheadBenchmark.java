package io.arcticmatch.matcher.concepts.jmh;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;

import io.arcticmatch.matcher.concepts.Concepts;
import io.arcticmatch.matcher.concepts.core.ConceptKind;
import io.arcticmatch.matcher.concepts.typeahead.Suggestion;
import io.arcticmatch.matcher.concepts.typeahead.Typeahead;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The latency of one typeahead call over all occupation and skill labels (about 63,000
 * labels in nb, sv and en), for realistic things people type into a profile or posting form
 * in the four languages: one or two letters, word starts, whole words, typos, and Finnish
 * queries (which the data has no Finnish labels for, so they fall through to the folded and
 * fuzzy passes: the slowest path). Each call takes the next query of the list.
 */
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 5, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 3, jvmArgsAppend = { "-Xmx1g" })
@State(Scope.Benchmark)
public class TypeaheadBenchmark {

	/** What people type, by language; the prefixes as they are typed letter by letter. */
	static final List<String> QUERIES = List.of(
			// Norwegian
			"s", "sy", "syk", "sykepl", "sykepleier", "lærer", "tømr", "elektr", "sjåfør", "kokk", "rørlegger",
			"barnehage", "regnskap", "sveis", "helsefagarb", "ingeniør", "snøscoot", "reinsdyr",
			// Swedish
			"sj", "sjuksk", "sjuksköterska", "lärare", "snickare", "elektriker", "lastbilsförare", "kock",
			"undersköt", "förskollärare", "ekonomiassistent", "svetsning", "programmering", "projektledare",
			"gruvarbet", "körkort",
			// English
			"n", "nurse", "teach", "carpenter", "electrician", "truck dr", "cook", "software develop",
			"accountant", "welding", "project man", "miner", "reindeer", "java", "excel",
			// Finnish (no Finnish labels in the data: folded and fuzzy passes)
			"sairaanhoitaja", "opettaja", "puuseppä", "sähköasentaja", "kuorma-auton", "kokki", "ohjelmoija",
			"kirjanpitäjä", "hitsaaja", "kaivosmies", "poronhoito", "lähihoitaja",
			// typos and missing diacritics
			"sykepelier", "sjukskoterska", "elektirker", "larare", "tomrer", "progamming");

	private static final Set<ConceptKind> KINDS = EnumSet.of(ConceptKind.OCCUPATION, ConceptKind.SKILL);

	private Typeahead typeahead;

	private int next;

	@Setup(Level.Trial)
	public void load() {
		this.typeahead = Concepts.loadDefault().typeahead();
	}

	@Benchmark
	public List<Suggestion> occupationsAndSkills() {
		String query = QUERIES.get(this.next);
		this.next = (this.next + 1 == QUERIES.size()) ? 0 : this.next + 1;
		return this.typeahead.suggest(query, KINDS, 10);
	}

	@Benchmark
	public List<Suggestion> occupationsOnly() {
		String query = QUERIES.get(this.next);
		this.next = (this.next + 1 == QUERIES.size()) ? 0 : this.next + 1;
		return this.typeahead.suggest(query, ConceptKind.OCCUPATION, 10);
	}

}
