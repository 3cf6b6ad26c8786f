package io.arcticmatch.matcher.posting;

/**
 * Where the work is done.
 */
public enum RemoteMode {

	ON_SITE, HYBRID, REMOTE

}
