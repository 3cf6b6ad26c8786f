/**
 * Job seekers' profiles: what they offer and want, stored as the matcher's
 * {@link io.arcticmatch.matcher.matching.SeekerProfile}. Private by default: other
 * features show a profile only to whom the seeker's consent allows.
 */
@NullMarked
package io.arcticmatch.web.profiles;

import org.jspecify.annotations.NullMarked;
