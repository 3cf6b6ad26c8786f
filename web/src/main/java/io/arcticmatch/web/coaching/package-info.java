/**
 * Coaching groups: coaches follow groups of job seekers through sessions, goals, private
 * follow-up notes and an outcome log, and count the programme's results for funding
 * reports. Members see their own part under {@code /seeker/groups}.
 */
@NullMarked
package io.arcticmatch.web.coaching;

import org.jspecify.annotations.NullMarked;
