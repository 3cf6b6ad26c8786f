/**
 * Sweden: Arbetsförmedlingen's JobTech ads (JobStream snapshot and stream, JobSearch),
 * CC0. Times without offset are Swedish local time; coordinates come longitude first.
 */
@NullMarked
package io.arcticmatch.ingest.source.jobtech;

import org.jspecify.annotations.NullMarked;
