/**
 * Events with sign-up: a number of seats, a sign-up window, a waiting list in arrival
 * order and promotion from it when a seat frees, attendance on the day. One
 * implementation for every feature whose events people sign up for (trips, the mentor
 * programme's gatherings); each such feature keeps its own details of the event and
 * answers, as an {@link io.arcticmatch.web.events.EventOwner}, who may sign up and what
 * to tell someone who got a seat from the waiting list. Seat counts hold under any number
 * of simultaneous sign-ups because every change of who is seated first locks the event's
 * row in PostgreSQL.
 */
@NullMarked
package io.arcticmatch.web.events;

import org.jspecify.annotations.NullMarked;
