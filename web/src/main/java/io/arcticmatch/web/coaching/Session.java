package io.arcticmatch.web.coaching;

import java.time.LocalDateTime;
import java.util.UUID;

/**
 * A planned meeting of a group.
 *
 * @param id the session's id
 * @param group whose
 * @param startsAt local date and time of the place
 * @param place where, or empty when online only
 * @param onlineLink the meeting link, or empty
 * @param topic what it is about
 * @param note the group note the coach writes about it
 */
public record Session(UUID id, GroupId group, LocalDateTime startsAt, String place, String onlineLink, String topic,
		String note) {

}
