package io.arcticmatch.web.coaching;

import java.util.List;

/**
 * What an invitation link shows.
 *
 * @param invitation the invitation
 * @param group to which group
 * @param coaches the group's coaches
 * @param state whether the link still works
 */
public record InvitationView(Invitation invitation, CoachingGroup group, List<Coach> coaches, InvitationState state) {

}
