package io.arcticmatch.matcher.concepts.core;

import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;

import org.jspecify.annotations.Nullable;

/**
 * What a national code or term turned into: a {@link Known} concept with the confidence
 * of the mapping and where it came from, or an {@link UnknownCode} that keeps what was
 * received so that nothing is dropped.
 *
 * <pre>{@code
 * switch (concepts.occupations().fromStyrk08(code, title)) {
 *     case ConceptMatch.Known<OccupationConcept> known -> use(known.concept(), known.confidence());
 *     case ConceptMatch.UnknownCode<OccupationConcept> unknown -> keep(unknown.code(), unknown.text());
 * }
 * }</pre>
 *
 * @param <T> the kind of concept
 */
public sealed interface ConceptMatch<T> permits ConceptMatch.Known, ConceptMatch.UnknownCode {

	/**
	 * A match.
	 * @param <T> the kind of concept
	 * @param concept the concept
	 * @param origin how the mapping was made
	 * @return a known match with exact confidence
	 */
	static <T> Known<T> exact(T concept, String origin) {
		return new Known<>(concept, MatchConfidence.EXACT, origin);
	}

	/**
	 * A code the vocabulary does not know.
	 * @param <T> the kind of concept that was asked for
	 * @param system the code system
	 * @param code the code as received (may be blank)
	 * @param text any text that came with the code
	 * @return an unknown-code result
	 */
	static <T> UnknownCode<T> unknown(CodeSystem system, @Nullable String code, @Nullable String text) {
		return new UnknownCode<>(system, (code != null) ? code : "", text);
	}

	/**
	 * Whether the code was turned into a concept.
	 * @return true for {@link Known}
	 */
	default boolean isKnown() {
		return this instanceof Known<T>;
	}

	/**
	 * The concept, if known.
	 * @return the concept or empty
	 */
	default Optional<T> asOptional() {
		return (this instanceof Known<T> known) ? Optional.of(known.concept()) : Optional.empty();
	}

	/**
	 * The weight of the match: the confidence weight if known, 0 otherwise.
	 * @return a number in [0, 1]
	 */
	default double weight() {
		return (this instanceof Known<T> known) ? known.confidence().weight() : 0;
	}

	/**
	 * Turns the concept of a known match into something else, keeping confidence and
	 * origin; an unknown code stays unknown.
	 * @param <R> the new type
	 * @param mapper the function
	 * @return the mapped match
	 */
	default <R> ConceptMatch<R> map(Function<? super T, ? extends R> mapper) {
		return switch (this) {
			case Known<T> known -> new Known<>(mapper.apply(known.concept()), known.confidence(), known.origin());
			case UnknownCode<T> unknown -> new UnknownCode<>(unknown.system(), unknown.code(), unknown.text());
		};
	}

	/**
	 * A code or term that was turned into a concept.
	 *
	 * @param <T> the kind of concept
	 * @param concept the concept
	 * @param confidence how sure the mapping is
	 * @param origin a short human-readable account of the mapping, e.g.
	 * {@code STYRK-08 2223
	 * -> ISCO-08 2221 (national code)}
	 */
	record Known<T>(T concept, MatchConfidence confidence, String origin) implements ConceptMatch<T> {

		public Known {
			Objects.requireNonNull(concept, "concept");
			Objects.requireNonNull(confidence, "confidence");
			Objects.requireNonNull(origin, "origin");
		}

	}

	/**
	 * A code that could not be turned into a concept. It keeps the code and any text that
	 * came with it so that the posting or profile can still be stored and shown.
	 *
	 * @param <T> the kind of concept that was asked for
	 * @param system the code system the code was said to be in
	 * @param code the code exactly as received (empty if none came)
	 * @param text the text that came with it, e.g. the job title, if any
	 */
	record UnknownCode<T>(CodeSystem system, String code, @Nullable String text) implements ConceptMatch<T> {

		public UnknownCode {
			Objects.requireNonNull(system, "system");
			Objects.requireNonNull(code, "code");
		}

	}

}
