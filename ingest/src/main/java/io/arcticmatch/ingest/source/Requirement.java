package io.arcticmatch.ingest.source;

/**
 * A skill or language the ad asks for.
 *
 * @param concept what is asked for
 * @param required {@code true} when the ad requires it, {@code false} when it is only a
 * merit
 */
public record Requirement(SourceCode concept, boolean required) {

}
