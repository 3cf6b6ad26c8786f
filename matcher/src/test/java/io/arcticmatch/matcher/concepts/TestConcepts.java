package io.arcticmatch.matcher.concepts;

/**
 * The concepts, loaded once for all tests of the JVM (they are immutable).
 */
public final class TestConcepts {

	private static final Concepts CONCEPTS = Concepts.loadDefault();

	private TestConcepts() {
	}

	public static Concepts get() {
		return CONCEPTS;
	}

}
