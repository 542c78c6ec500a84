package com.vurksha.delivery.location;

/** Great-circle distances; exact enough for a rider's last kilometres, where roads matter more than the formula. */
public final class Distances {

	static final double EARTH_RADIUS_METERS = 6_371_008.8;

	private Distances() {
	}

	/** The haversine distance between two points in metres. */
	public static double meters(GeoPoint from, GeoPoint to) {
		double lat1 = Math.toRadians(from.latitude());
		double lat2 = Math.toRadians(to.latitude());
		double dLat = lat2 - lat1;
		double dLng = Math.toRadians(to.longitude() - from.longitude());
		double h = Math.pow(Math.sin(dLat / 2), 2) + Math.cos(lat1) * Math.cos(lat2) * Math.pow(Math.sin(dLng / 2), 2);
		return 2 * EARTH_RADIUS_METERS * Math.asin(Math.min(1, Math.sqrt(h)));
	}
}
