package com.vurksha.delivery.location;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import com.vurksha.platform.error.ApiException;
import com.vurksha.platform.error.CommonErrorCode;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.assertj.core.api.Assertions.within;

class DistancesTests {

	private static final EtaProperties ETA = new EtaProperties(20, 5, 100);

	@Test
	void measuresOneDegreeOfLatitudeAsAbout111Kilometres() {
		assertThat(Distances.meters(new GeoPoint(12, 77), new GeoPoint(13, 77))).isCloseTo(111_195, within(50.0));
	}

	@Test
	void measuresMgRoadToIndiranagarAsAboutFourKilometres() {
		GeoPoint mgRoad = new GeoPoint(12.9756, 77.6050);
		GeoPoint indiranagar = new GeoPoint(12.9784, 77.6408);

		assertThat(Distances.meters(mgRoad, indiranagar)).isCloseTo(3_890, within(30.0));
		assertThat(Distances.meters(mgRoad, mgRoad)).isZero();
	}

	@ParameterizedTest(name = "{0} m at 20 km/h: {1} min")
	@CsvSource({ "0, 0", "10, 1", "333, 1", "334, 2", "1000, 3", "3890, 12", "20000, 60" })
	void roundsTheEtaUpToWholeMinutes(double meters, int minutes) {
		assertThat(ETA.minutes(meters)).isEqualTo(minutes);
	}

	@Nested
	class RefusesImpossibleFixes {

		@ParameterizedTest(name = "{0}, {1}")
		@CsvSource({ "90.1, 77, latitude", "-91, 77, latitude", "12, 180.5, longitude", "12, -181, longitude",
				"NaN, 77, latitude", "12, Infinity, longitude", "0, 0, latitude" })
		void answersValidationFailedNamingTheField(double latitude, double longitude, String field) {
			ApiException refused = catchThrowableOfType(ApiException.class, () -> GeoPoint.require(latitude, longitude));

			assertThat(refused.code()).isEqualTo(CommonErrorCode.VALIDATION_FAILED);
			assertThat(refused.details()).singleElement().satisfies(v -> assertThat(v.field()).isEqualTo(field));
		}

		@Test
		void refusesAMissingCoordinate() {
			assertThat(catchThrowableOfType(ApiException.class, () -> GeoPoint.require(12.0, null)).code())
				.isEqualTo(CommonErrorCode.VALIDATION_FAILED);
		}

		@Test
		void acceptsTheEdgesOfTheRanges() {
			assertThat(GeoPoint.require(-90.0, 180.0)).isEqualTo(new GeoPoint(-90, 180));
			assertThat(GeoPoint.require(0.0, 77.0)).isEqualTo(new GeoPoint(0, 77));
		}
	}
}
