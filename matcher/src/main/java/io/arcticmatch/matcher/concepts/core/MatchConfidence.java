package io.arcticmatch.matcher.concepts.core;

import java.util.Locale;
import java.util.Optional;

/**
 * How sure a mapping from a national code or term to a concept is, with a weight in (0,
 * 1] that scoring can multiply with. The SKOS match types of the ESCO mapping tables are
 * kept as they are: a {@code broadMatch} means the mapped concept is broader than the
 * national one, a {@code narrowMatch} that it is narrower.
 */
public enum MatchConfidence {

	/** The same concept: an identical code or a SKOS exactMatch. */
	EXACT(1.0),
	/** A SKOS closeMatch: interchangeable in most uses. */
	CLOSE(0.8),
	/** A SKOS narrowMatch: the concept is narrower than what the source meant. */
	NARROW(0.6),
	/** A SKOS broadMatch: the concept is broader than what the source meant. */
	BROAD(0.5),
	/**
	 * Reached indirectly: through a label or through another classification (e.g. an SSYK
	 * group label that ESCO uses for an ISCO group).
	 */
	INFERRED(0.4),
	/**
	 * Only the structure of the code tells, e.g. the ISCO sub-major group of an SSYK
	 * code.
	 */
	STRUCTURAL(0.2);

	private final double weight;

	MatchConfidence(double weight) {
		this.weight = weight;
	}

	/**
	 * The weight to give a match of this confidence (partial credit).
	 * @return a number in (0, 1]
	 */
	public double weight() {
		return this.weight;
	}

	/**
	 * The confidence of a SKOS mapping relation as the ESCO mapping tables spell it.
	 * @param relation e.g. {@code skos:exactMatch} or {@code broadMatch}
	 * @return the confidence, or empty for {@code no relation} and anything unknown
	 */
	public static Optional<MatchConfidence> fromSkos(String relation) {
		String type = relation.strip().toLowerCase(Locale.ROOT);
		if (type.startsWith("skos:")) {
			type = type.substring("skos:".length());
		}
		return switch (type) {
			case "exactmatch" -> Optional.of(EXACT);
			case "closematch" -> Optional.of(CLOSE);
			case "narrowmatch" -> Optional.of(NARROW);
			case "broadmatch" -> Optional.of(BROAD);
			default -> Optional.empty();
		};
	}

	/**
	 * The weaker of two confidences, for a mapping made in two steps.
	 * @param other the other step
	 * @return the weaker one
	 */
	public MatchConfidence and(MatchConfidence other) {
		return (this.weight <= other.weight) ? this : other;
	}

}
