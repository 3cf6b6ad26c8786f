/**
 * The mentor programme: people in work offer to mentor newcomers, a coordinator (coach or
 * administrator) approves them and pairs them with mentees using the concept layer's
 * occupations, shared languages and distance; pairs agree goals, log meetings and end
 * with a reason. Programme gatherings, seminars and 'new here' meeting places are events
 * on the shared sign-up machinery ({@code events}), the same as trips'.
 */
@NullMarked
package io.arcticmatch.web.mentors;

import org.jspecify.annotations.NullMarked;
