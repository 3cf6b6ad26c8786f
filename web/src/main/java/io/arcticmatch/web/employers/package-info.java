/**
 * Employers: organisations register and are approved by an administrator, their users
 * post openings that enter ingest's pipeline as the {@code direct} source, keep them
 * current, and meet the seekers who consented to being shown to employers.
 */
@NullMarked
package io.arcticmatch.web.employers;

import org.jspecify.annotations.NullMarked;
