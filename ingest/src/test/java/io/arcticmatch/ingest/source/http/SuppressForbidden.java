package io.arcticmatch.ingest.source.http;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Lets forbiddenapis pass what the annotated code uses on purpose; the reason is written
 * beside each use.
 */
@Retention(RetentionPolicy.CLASS)
@Target({ ElementType.TYPE, ElementType.METHOD, ElementType.CONSTRUCTOR })
@interface SuppressForbidden {

}
