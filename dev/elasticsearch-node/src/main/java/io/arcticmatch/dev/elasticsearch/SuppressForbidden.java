package io.arcticmatch.dev.elasticsearch;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Exempts one method or type from the forbidden-apis check (the plugin honours any
 * annotation with this simple name). Say why in {@link #reason()}.
 */
@Retention(RetentionPolicy.CLASS)
@Target({ ElementType.METHOD, ElementType.CONSTRUCTOR, ElementType.TYPE })
public @interface SuppressForbidden {

	/**
	 * Why the forbidden API is right here.
	 * @return the reason
	 */
	String reason();

}
