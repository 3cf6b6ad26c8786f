package io.arcticmatch.web.coaching;

import java.util.List;

import io.arcticmatch.matcher.matching.PostingMatch;
import io.arcticmatch.web.profiles.StoredProfile;
import org.jspecify.annotations.Nullable;

/**
 * All a group's coaches see about one member.
 *
 * @param member who
 * @param sharesProfile whether the member gave coaches consent to see their profile
 * @param profile their profile, only with that consent and when they have one
 * @param matches their best postings from the matcher, only with a shared profile
 * @param goals their goals in this group
 * @param notes the coaches' private follow-up notes, newest first
 * @param outcomes their outcome log in this group
 * @param attendance their mark at each of the group's sessions
 */
public record MemberFile(Member member, boolean sharesProfile, @Nullable StoredProfile profile,
		List<PostingMatch> matches, List<Goal> goals, List<FollowUpNote> notes, List<Outcome> outcomes,
		List<SessionAttendance> attendance) {

}
