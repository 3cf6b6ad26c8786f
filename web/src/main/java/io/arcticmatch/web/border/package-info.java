/**
 * Crossing the border: per-job guidance on what a move between Norway, Sweden and Finland
 * needs (right to work, ID number, tax, social security, recognition, bank account, the
 * border services), the 'living and working in ...' pages built from the same items, and
 * the administrators' editing of those items. The items are content data
 * ({@code border/guidance.json}) seeded into PostgreSQL; every edit is kept.
 */
@NullMarked
package io.arcticmatch.web.border;

import org.jspecify.annotations.NullMarked;
