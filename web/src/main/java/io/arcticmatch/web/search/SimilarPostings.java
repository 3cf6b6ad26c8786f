package io.arcticmatch.web.search;

import java.util.List;

/**
 * Postings similar to one, as {@code GET /api/postings/{id}/similar} answers.
 *
 * @param postings the similar active postings, most similar first
 */
public record SimilarPostings(List<PostingSummary> postings) {

}
