package io.arcticmatch.matcher.posting;

/**
 * The countries whose labour market Arctic Match covers, by ISO 3166-1 alpha-2 code.
 */
public enum Country {

	NO, SE, FI

}
