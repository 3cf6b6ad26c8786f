/**
 * The operator's command line: imports feed files in any of the three countries' formats
 * straight into the configured posting index and reports per file what was read, indexed
 * and rejected.
 */
@NullMarked
package io.arcticmatch.ingest.cli;

import org.jspecify.annotations.NullMarked;
