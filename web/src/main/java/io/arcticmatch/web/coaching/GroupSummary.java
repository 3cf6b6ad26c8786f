package io.arcticmatch.web.coaching;

/**
 * A group in a list of groups.
 *
 * @param group the group
 * @param members how many members it has
 */
public record GroupSummary(CoachingGroup group, int members) {

}
