/**
 * The public job search API: {@code GET /api/postings} searches active postings with
 * filters, facets and paging, {@code GET /api/postings/{id}} gives one posting and
 * {@code GET /api/postings/{id}/similar} similar jobs. JSON, described by OpenAPI at
 * {@code /v3/api-docs}; every error is an RFC 9457 problem detail in the caller's
 * language.
 */
@NullMarked
package io.arcticmatch.web.search;

import org.jspecify.annotations.NullMarked;
