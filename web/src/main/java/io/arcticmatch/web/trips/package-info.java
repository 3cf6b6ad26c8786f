/**
 * Study and matchmaking trips: coaches plan a trip with a programme, seats and host
 * employers; seekers sign up and are seated or put on a waiting list in arrival order;
 * hosts meet the participants who consented. Seats and the waiting list are the shared
 * sign-up machinery's ({@code events}): a trip is an event under the trip's id, and trips
 * answer who may sign up for it.
 */
@NullMarked
package io.arcticmatch.web.trips;

import org.jspecify.annotations.NullMarked;
