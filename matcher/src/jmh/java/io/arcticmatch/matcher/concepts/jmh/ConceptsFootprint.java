package io.arcticmatch.matcher.concepts.jmh;

import java.util.Locale;

import io.arcticmatch.matcher.concepts.Concepts;
import io.arcticmatch.matcher.concepts.core.LabelLanguage;
import io.arcticmatch.matcher.concepts.core.Labels;
import org.openjdk.jol.info.GraphLayout;

/**
 * Prints the load time of {@link Concepts} and the heap it retains (the size of the object
 * graph reachable from it, measured by JOL, plus the used heap after a GC for comparison).
 * Run through the {@code bench} profile with {@code -Dbench.main=} this class.
 */
public final class ConceptsFootprint {

	private ConceptsFootprint() {
	}

	public static void main(String[] args) {
		// JOL cannot read record fields the ordinary way on recent JDKs
		System.setProperty("jol.magicFieldOffset", "true");
		Runtime runtime = Runtime.getRuntime();
		long before = usedAfterGc(runtime);
		long start = System.nanoTime();
		Concepts concepts = Concepts.loadDefault();
		long took = System.nanoTime() - start;
		long after = usedAfterGc(runtime);
		long retained = GraphLayout.parseInstance(concepts).totalSize();
		System.out.printf(Locale.ROOT, "load time (first, cold JVM): %d ms%n", took / 1_000_000);
		System.out.printf(Locale.ROOT, "retained by Concepts (JOL object graph): %.1f MB%n", retained / 1e6);
		System.out.printf(Locale.ROOT, "used heap after GC, after minus before load: %.1f MB%n", (after - before) / 1e6);
		System.out.printf(Locale.ROOT, "typeahead labels: %s%n", concepts.typeahead().labelCounts());
		for (LabelLanguage language : Labels.CORE_LANGUAGES) {
			long occupations = concepts.occupations()
				.all()
				.stream()
				.filter((concept) -> concept.labels().missing().contains(language))
				.count();
			long skills = concepts.skills()
				.all()
				.stream()
				.filter((concept) -> concept.labels().missing().contains(language))
				.count();
			System.out.printf(Locale.ROOT, "no %s label: %d of %d occupations, %d of %d skills%n", language.tag(),
					occupations, concepts.occupations().all().size(), skills, concepts.skills().all().size());
		}
	}

	private static long usedAfterGc(Runtime runtime) {
		for (int i = 0; i < 3; i++) {
			System.gc();
		}
		return runtime.totalMemory() - runtime.freeMemory();
	}

}
