package io.arcticmatch.web.coaching;

/**
 * One member's progress at a glance.
 *
 * @param member who
 * @param goalsDone goals reached
 * @param goals all their goals
 * @param attendance their attendance marks
 * @param outcomes their outcome log counted
 * @param sharesProfile whether they gave coaches consent to see their profile
 */
public record MemberProgress(Member member, int goalsDone, int goals, Attendance attendance, Counts outcomes,
		boolean sharesProfile) {

}
