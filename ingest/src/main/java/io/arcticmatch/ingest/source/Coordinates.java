package io.arcticmatch.ingest.source;

/**
 * A point in WGS 84, latitude first whatever order the source used.
 *
 * @param latitude degrees north, -90 to 90
 * @param longitude degrees east, -180 to 180
 */
public record Coordinates(double latitude, double longitude) {

	public Coordinates {
		if (!isValid(latitude, longitude)) {
			throw new IllegalArgumentException(
					"Not a point on Earth: latitude %s, longitude %s".formatted(latitude, longitude));
		}
	}

	/**
	 * @return whether the pair is a point on Earth
	 */
	public static boolean isValid(double latitude, double longitude) {
		return Double.isFinite(latitude) && Double.isFinite(longitude) && Math.abs(latitude) <= 90
				&& Math.abs(longitude) <= 180;
	}

}
