package io.arcticmatch.matcher.posting;

/**
 * A working language a posting asks for.
 *
 * @param languageCode the ISO 639 code (639-1 where one exists: nb, sv, fi, en, se, ...)
 * @param required {@code true} when the ad demands it, {@code false} when it is an
 * advantage
 */
public record LanguageRequirement(String languageCode, boolean required) {

}
