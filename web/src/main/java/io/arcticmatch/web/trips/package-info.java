/**
 * Study and matchmaking trips: coaches plan a trip with a programme, seats and host
 * employers; seekers sign up and are seated or put on a waiting list in arrival order;
 * hosts meet the participants who consented. The seat count is held by a lock on the
 * trip's row in PostgreSQL, so it holds for any number of simultaneous sign-ups.
 */
@NullMarked
package io.arcticmatch.web.trips;

import org.jspecify.annotations.NullMarked;
