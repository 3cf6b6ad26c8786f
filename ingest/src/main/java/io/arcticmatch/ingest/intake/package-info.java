/**
 * Where fetched postings enter: every raw payload is kept in PostgreSQL together with its
 * source's advanced checkpoint, then handed on to the pipeline by an outbox relay, so a
 * crash at any point re-fetches or re-sends and never loses a posting.
 */
@NullMarked
package io.arcticmatch.ingest.intake;

import org.jspecify.annotations.NullMarked;
