package io.arcticmatch.web.consent;

import java.time.Instant;

/**
 * One giving or withdrawing of consent, as recorded.
 *
 * @param purpose what the consent is for
 * @param given {@code true} when given, {@code false} when withdrawn
 * @param at when
 */
public record ConsentChange(ConsentPurpose purpose, boolean given, Instant at) {

}
