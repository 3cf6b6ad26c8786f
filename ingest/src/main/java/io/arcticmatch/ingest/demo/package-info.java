/**
 * The offline demo: sample postings bundled in the three feeds' own formats
 * ({@code src/main/resources/demo/}), taken in once through the normal intake and
 * pipeline, so that a new installation shows vacancies in all three countries without
 * internet.
 */
@NullMarked
package io.arcticmatch.ingest.demo;

import org.jspecify.annotations.NullMarked;
