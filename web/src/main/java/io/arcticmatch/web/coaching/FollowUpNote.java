package io.arcticmatch.web.coaching;

import java.time.Instant;
import java.util.UUID;

import io.arcticmatch.web.accounts.AccountId;

/**
 * A coach's private note about a member; only the group's coaches read it.
 *
 * @param id the note's id
 * @param seeker about whom
 * @param author who wrote it (the name of a deleted coach's account is not kept)
 * @param text the note
 * @param createdAt when
 */
public record FollowUpNote(UUID id, AccountId seeker, String author, String text, Instant createdAt) {

}
