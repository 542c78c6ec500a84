package com.vurksha.product.reservation;

import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

import com.vurksha.product.reservation.Decision.AlreadyDone;
import com.vurksha.product.reservation.Decision.Apply;
import com.vurksha.product.reservation.Decision.Refuse;
import com.vurksha.product.reservation.ReservationEvent.ReservationCommitted;
import com.vurksha.product.reservation.ReservationEvent.ReservationExpired;
import com.vurksha.product.reservation.ReservationEvent.ReservationReleased;

import static org.assertj.core.api.Assertions.assertThat;

class ReservationTests {

	static final Instant EXPIRES = Instant.parse("2026-11-25T10:15:00Z");

	@Test
	void commitsAHeldReservation() {
		assertThat(reservation(ReservationStatus.RESERVED).commit())
			.isEqualTo(new Apply(new ReservationCommitted("order-1")));
	}

	@Test
	void commitsAHeldReservationPastItsExpiryThatTheJobHasNotSweptYet() {
		Reservation held = reservation(ReservationStatus.RESERVED);

		assertThat(held.commit()).isInstanceOf(Apply.class);
		assertThat(held.expire(EXPIRES.plusSeconds(60))).isInstanceOf(Apply.class);
	}

	@Test
	void treatsASecondCommitAsDone() {
		assertThat(reservation(ReservationStatus.COMMITTED).commit()).isInstanceOf(AlreadyDone.class);
	}

	@Test
	void releasesAHeldReservation() {
		assertThat(reservation(ReservationStatus.RESERVED).release())
			.isEqualTo(new Apply(new ReservationReleased("order-1", ReservationStatus.RESERVED)));
	}

	@Test
	void releasesTheAllocationOfACancelledConfirmedOrder() {
		Decision decision = reservation(ReservationStatus.COMMITTED).release();

		assertThat(decision).isEqualTo(new Apply(new ReservationReleased("order-1", ReservationStatus.COMMITTED)));
		assertThat(((Apply) decision).event().status()).isEqualTo(ReservationStatus.RELEASED);
	}

	@Test
	void treatsReleasingAGivenBackReservationAsDone() {
		assertThat(reservation(ReservationStatus.RELEASED).release()).isInstanceOf(AlreadyDone.class);
		assertThat(reservation(ReservationStatus.EXPIRED).release()).isInstanceOf(AlreadyDone.class);
	}

	@Test
	void expiresAHeldReservationOnceItsTimeIsUp() {
		assertThat(reservation(ReservationStatus.RESERVED).expire(EXPIRES))
			.isEqualTo(new Apply(new ReservationExpired("order-1")));
	}

	@Test
	void comparesRepeatedLinesRegardlessOfOrder() {
		Reservation held = reservation(ReservationStatus.RESERVED);

		assertThat(held.sameLinesAs(List.of(new RequestedLine("v-2", 1), new RequestedLine("v-1", 2)))).isTrue();
		assertThat(held.sameLinesAs(List.of(new RequestedLine("v-1", 2)))).isFalse();
		assertThat(held.sameLinesAs(List.of(new RequestedLine("v-1", 3), new RequestedLine("v-2", 1)))).isFalse();
	}

	@Nested
	class Refuses {

		@Test
		void toCommitAReleasedReservationNamingItsStatus() {
			assertThat(reservation(ReservationStatus.RELEASED).commit()).isInstanceOfSatisfying(Refuse.class,
					refused -> assertThat(refused.reason()).contains("RELEASED"));
		}

		@Test
		void toCommitAnExpiredReservation() {
			assertThat(reservation(ReservationStatus.EXPIRED).commit()).isInstanceOfSatisfying(Refuse.class,
					refused -> assertThat(refused.reason()).contains("EXPIRED"));
		}

		@Test
		void toExpireAReservationBeforeItsTime() {
			assertThat(reservation(ReservationStatus.RESERVED).expire(EXPIRES.minusSeconds(1)))
				.isInstanceOf(Refuse.class);
		}

		@Test
		void toExpireACommittedReservation() {
			assertThat(reservation(ReservationStatus.COMMITTED).expire(EXPIRES.plusSeconds(3600)))
				.isInstanceOf(AlreadyDone.class);
		}
	}

	static Reservation reservation(ReservationStatus status) {
		return new Reservation("order-1", status, EXPIRES, List.of(line("v-1", 2), line("v-2", 1)));
	}

	static ReservedLine line(String variantId, int quantity) {
		return new ReservedLine(variantId, "p-" + variantId, "Tomato", "Tamatar", "1 kg", "KG", 1, "farm-1", "Kolar",
				4000, 5000, 0, "0702", quantity);
	}
}
