package io.arcticmatch.web.coaching;

import java.time.LocalDate;
import java.util.UUID;

import io.arcticmatch.web.accounts.AccountId;
import org.jspecify.annotations.Nullable;

/**
 * A goal a member works towards.
 *
 * @param id the goal's id
 * @param group in which group
 * @param seeker whose
 * @param title what
 * @param dueOn by when, if set
 * @param status where it stands
 */
public record Goal(UUID id, GroupId group, AccountId seeker, String title, @Nullable LocalDate dueOn,
		GoalStatus status) {

}
