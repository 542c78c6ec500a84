package com.vurksha.delivery.location;

import com.vurksha.delivery.BadInput;

/** A point on the earth in decimal degrees (WGS 84). */
public record GeoPoint(double latitude, double longitude) {

	/**
	 * A point from client input, refused with 400 when it cannot be a real fix: out of range, not finite, or the
	 * 0,0 a phone reports when it has no fix at all.
	 */
	public static GeoPoint require(Double latitude, Double longitude) {
		if (latitude == null || !Double.isFinite(latitude) || latitude < -90 || latitude > 90) {
			throw BadInput.field("latitude", "must be a number from -90 to 90");
		}
		if (longitude == null || !Double.isFinite(longitude) || longitude < -180 || longitude > 180) {
			throw BadInput.field("longitude", "must be a number from -180 to 180");
		}
		if (latitude == 0 && longitude == 0) {
			throw BadInput.field("latitude", "0,0 is not a location fix");
		}
		return new GeoPoint(latitude, longitude);
	}

	/** A stored point, or null when either coordinate is missing (an address without a map pin). */
	public static GeoPoint ofNullable(Double latitude, Double longitude) {
		return (latitude == null || longitude == null) ? null : new GeoPoint(latitude, longitude);
	}
}
