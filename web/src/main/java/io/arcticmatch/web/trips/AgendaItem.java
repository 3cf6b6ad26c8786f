package io.arcticmatch.web.trips;

import java.time.Instant;

/**
 * One point of a trip's programme.
 *
 * @param id the item's id
 * @param startsAt when it starts
 * @param text what happens
 */
public record AgendaItem(long id, Instant startsAt, String text) {

}
