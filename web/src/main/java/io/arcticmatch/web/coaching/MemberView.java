package io.arcticmatch.web.coaching;

import java.util.List;

/**
 * What a member sees of one of their groups; the follow-up notes are not part of it.
 *
 * @param group the group
 * @param coaches its coaches
 * @param attendance the group's sessions with the member's mark
 * @param goals the member's goals
 * @param outcomes the member's outcome log
 */
public record MemberView(CoachingGroup group, List<Coach> coaches, List<SessionAttendance> attendance, List<Goal> goals,
		List<Outcome> outcomes) {

}
