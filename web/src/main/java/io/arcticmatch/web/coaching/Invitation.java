package io.arcticmatch.web.coaching;

import java.time.Instant;

import org.jspecify.annotations.Nullable;

/**
 * An invitation to join a group, sent by e-mail.
 *
 * @param token the secret the link carries
 * @param group to which group
 * @param email to whom it was sent
 * @param expiresAt until when the link works
 * @param acceptedAt when it was used, or {@code null}
 */
public record Invitation(String token, GroupId group, String email, Instant expiresAt, @Nullable Instant acceptedAt) {

}
