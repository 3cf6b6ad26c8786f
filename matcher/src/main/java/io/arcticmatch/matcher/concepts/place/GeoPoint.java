package io.arcticmatch.matcher.concepts.place;

/**
 * A point on the earth in WGS 84 degrees.
 *
 * @param latitude degrees north
 * @param longitude degrees east
 */
public record GeoPoint(double latitude, double longitude) {

	/** The mean earth radius (IUGG) in km. */
	public static final double EARTH_RADIUS_KM = 6371.0088;

	public GeoPoint {
		if (latitude < -90 || latitude > 90 || longitude < -180 || longitude > 180 || Double.isNaN(latitude)
				|| Double.isNaN(longitude)) {
			throw new IllegalArgumentException("Not a coordinate: " + latitude + ", " + longitude);
		}
	}

	/**
	 * The great-circle distance (haversine, on a sphere of the mean earth radius).
	 * @param other the other point
	 * @return the distance in km
	 */
	public double distanceKm(GeoPoint other) {
		double lat1 = Math.toRadians(this.latitude);
		double lat2 = Math.toRadians(other.latitude);
		double dLat = lat2 - lat1;
		double dLon = Math.toRadians(other.longitude - this.longitude);
		double h = Math.sin(dLat / 2) * Math.sin(dLat / 2)
				+ Math.cos(lat1) * Math.cos(lat2) * Math.sin(dLon / 2) * Math.sin(dLon / 2);
		return 2 * EARTH_RADIUS_KM * Math.asin(Math.min(1, Math.sqrt(h)));
	}

}
