package io.arcticmatch.web.coaching;

import org.jspecify.annotations.Nullable;

/**
 * A member's mark at one session.
 *
 * @param session the session
 * @param status the mark, or {@code null} when not marked
 */
public record SessionAttendance(Session session, @Nullable AttendanceStatus status) {

}
