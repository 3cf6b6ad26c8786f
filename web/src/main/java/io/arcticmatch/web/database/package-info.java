/**
 * The system of record's connection: an embedded PostgreSQL server by default, or the one
 * {@code spring.datasource.*} names.
 */
@NullMarked
package io.arcticmatch.web.database;

import org.jspecify.annotations.NullMarked;
