package io.arcticmatch.web.border;

/**
 * An item's text in one language.
 *
 * @param title a short heading
 * @param body a few plain sentences
 */
public record GuidanceText(String title, String body) {

}
