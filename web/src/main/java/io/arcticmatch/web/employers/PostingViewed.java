package io.arcticmatch.web.employers;

import io.arcticmatch.matcher.posting.PostingId;

/**
 * Someone looked at a posting's page. The job page publishes it (through Spring's
 * {@code ApplicationEventPublisher}); the employer side counts the views of its own
 * openings and ignores the rest.
 *
 * @param posting the posting looked at
 */
public record PostingViewed(PostingId posting) {

}
