package com.vurksha.delivery.fulfilment;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

import com.vurksha.delivery.DeliveryErrorCode;
import com.vurksha.delivery.events.DeliveryAssigned;
import com.vurksha.delivery.events.DeliveryDelivered;
import com.vurksha.delivery.events.DeliveryEvent;
import com.vurksha.delivery.events.DeliveryFailed;
import com.vurksha.delivery.events.FailureReason;
import com.vurksha.delivery.events.FollowUp;
import com.vurksha.delivery.events.RiderArrived;
import com.vurksha.delivery.events.RiderArrivingSoon;
import com.vurksha.delivery.location.GeoPoint;
import com.vurksha.platform.error.ApiException;

import static com.vurksha.delivery.fulfilment.TestDeliveries.ETA;
import static com.vurksha.delivery.fulfilment.TestDeliveries.NOW;
import static com.vurksha.delivery.fulfilment.TestDeliveries.assigned;
import static com.vurksha.delivery.fulfilment.TestDeliveries.pickedUp;
import static com.vurksha.delivery.fulfilment.TestDeliveries.ravi;
import static com.vurksha.delivery.fulfilment.TestDeliveries.unassigned;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

class DeliveryTests {

	/** About 3 km north of the address. */
	private static final GeoPoint FAR = new GeoPoint(13.0026, 77.6050);

	/** About 1.1 km north: 4 minutes at 20 km/h. */
	private static final GeoPoint NEAR = new GeoPoint(12.9856, 77.6050);

	/** About 50 m from the address. */
	private static final GeoPoint AT_THE_DOOR = new GeoPoint(12.9760, 77.6050);

	@Test
	void goesFromAssignmentToHandoverThroughEveryState() {
		Delivery delivery = unassigned();

		DeliveryAssigned assigned = delivery.assign(ravi(), NOW);
		delivery.accept(ravi());
		delivery.pickUp(ravi());
		delivery.locate(FAR, NOW, NOW, ravi(), ETA);
		assertThat(delivery.status()).isEqualTo(DeliveryStatus.EN_ROUTE);
		delivery.locate(AT_THE_DOOR, NOW, NOW, ravi(), ETA);
		assertThat(delivery.status()).isEqualTo(DeliveryStatus.ARRIVED);
		DeliveryDelivered delivered = delivery.deliver(NOW);

		assertThat(delivery.status()).isEqualTo(DeliveryStatus.DELIVERED);
		assertThat(assigned.riderFirstName()).isEqualTo("Ravi");
		assertThat(assigned.riderUserId()).isEqualTo("user-ravi");
		assertThat(delivered.codCollected()).isEqualTo(25000);
		assertThat(delivered.deliveredAt()).isEqualTo(NOW);
	}

	@Test
	void tellsTheCustomerArrivingSoonAndArrivedOncePerAttempt() {
		Delivery delivery = pickedUp();

		List<DeliveryEvent> first = delivery.locate(NEAR, NOW, NOW, ravi(), ETA);
		List<DeliveryEvent> second = delivery.locate(NEAR, NOW, NOW, ravi(), ETA);
		List<DeliveryEvent> atDoor = delivery.locate(AT_THE_DOOR, NOW, NOW, ravi(), ETA);
		List<DeliveryEvent> again = delivery.locate(AT_THE_DOOR, NOW, NOW, ravi(), ETA);

		assertThat(first).singleElement().isInstanceOfSatisfying(RiderArrivingSoon.class,
				soon -> assertThat(soon.etaMinutes()).isEqualTo(4));
		assertThat(second).isEmpty();
		assertThat(atDoor).singleElement().isInstanceOf(RiderArrived.class);
		assertThat(again).isEmpty();
		assertThat(delivery.status()).isEqualTo(DeliveryStatus.ARRIVED);
	}

	@Test
	void countsTheEtaFromWhenTheFixWasReceivedNotWhenThePhoneTookIt() {
		Delivery delivery = pickedUp();
		Instant received = NOW.plus(Duration.ofMinutes(30));

		delivery.locate(NEAR, NOW, received, ravi(), ETA);

		assertThat(delivery.lastLocationAt()).isEqualTo(NOW);
		assertThat(delivery.etaMinutes()).isEqualTo(4);
		assertThat(delivery.etaAt()).isEqualTo(received.plus(Duration.ofMinutes(4)));
	}

	@Test
	void keepsTheNewerLocationWhenAnOlderFixArrivesLate() {
		Delivery delivery = pickedUp();
		delivery.locate(FAR, NOW, NOW, ravi(), ETA);
		Instant etaAt = delivery.etaAt();

		List<DeliveryEvent> late = delivery.locate(AT_THE_DOOR, NOW.minusSeconds(60), NOW.plusSeconds(10), ravi(),
				ETA);

		assertThat(late).isEmpty();
		assertThat(delivery.status()).isEqualTo(DeliveryStatus.EN_ROUTE);
		assertThat(delivery.lastLocation()).isEqualTo(FAR);
		assertThat(delivery.lastLocationAt()).isEqualTo(NOW);
		assertThat(delivery.etaMinutes()).isEqualTo(10);
		assertThat(delivery.etaAt()).isEqualTo(etaAt);
	}

	@Test
	void keepsNoEtaForAnAddressWithoutAMapPin() {
		Delivery delivery = new Delivery("dlv-2", new OrderDetails("order-2", "VK-2", "customer-1", "zone-1", null,
				null, null, new DeliveryAddress(null, "1 Road", null, null, "Bengaluru", null, "560001", null, null),
				0), NOW, DeliveryStatus.PICKED_UP, 1, "rider-1", NOW, 1, 0, Delivery.Tracking.NONE,
				Delivery.Outcome.NONE);

		assertThat(delivery.locate(FAR, NOW, NOW, ravi(), ETA)).isEmpty();
		assertThat(delivery.status()).isEqualTo(DeliveryStatus.EN_ROUTE);
		assertThat(delivery.etaMinutes()).isNull();
		assertThat(delivery.lastLocation()).isEqualTo(FAR);
	}

	@Test
	void reattemptsAFirstFailureWithAFreshCodeAndNoRider() {
		Delivery delivery = pickedUp();
		int generation = delivery.otpGeneration();

		DeliveryFailed failed = delivery.fail(FailureReason.CUSTOMER_UNAVAILABLE, null, null, 2);

		assertThat(failed.followUp()).isEqualTo(FollowUp.REATTEMPT);
		assertThat(failed.attempt()).isEqualTo(1);
		assertThat(failed.riderId()).isEqualTo("rider-1");
		assertThat(delivery.status()).isEqualTo(DeliveryStatus.UNASSIGNED);
		assertThat(delivery.attempt()).isEqualTo(2);
		assertThat(delivery.riderId()).isNull();
		assertThat(delivery.otpGeneration()).isEqualTo(generation + 1);
	}

	@Test
	void keepsTheProofOfAFailedAttemptUntilTheDeliveryIsHandedOver() {
		Delivery delivery = pickedUp();

		DeliveryFailed failed = delivery.fail(FailureReason.CUSTOMER_UNAVAILABLE, "no answer", "file-1", 2);

		assertThat(failed.proofFileId()).isEqualTo("file-1");
		assertThat(delivery.proofFileId()).isEqualTo("file-1");
		delivery.assign(ravi(), NOW);
		delivery.accept(ravi());
		delivery.pickUp(ravi());
		delivery.deliver(NOW);
		assertThat(delivery.proofFileId()).isNull();
	}

	@Test
	void returnsToTheHubWhenTheLastAttemptFails() {
		Delivery delivery = pickedUp();
		delivery.fail(FailureReason.ADDRESS_NOT_FOUND, null, null, 2);
		delivery.assign(ravi(), NOW);
		delivery.accept(ravi());

		DeliveryFailed failed = delivery.fail(FailureReason.ADDRESS_NOT_FOUND, null, null, 2);

		assertThat(failed.followUp()).isEqualTo(FollowUp.RETURN_TO_HUB);
		assertThat(failed.attempt()).isEqualTo(2);
		assertThat(delivery.status()).isEqualTo(DeliveryStatus.FAILED);
	}

	@Test
	void locksTheCodeAfterTheLastAllowedWrongTry() {
		Delivery delivery = pickedUp();

		assertThat(delivery.otpFailed(2)).isEqualTo(1);
		assertThat(delivery.otpLocked(2)).isFalse();
		assertThat(delivery.otpFailed(2)).isZero();
		assertThat(delivery.otpLocked(2)).isTrue();
		delivery.resetOtp();
		assertThat(delivery.otpLocked(2)).isFalse();
	}

	@Test
	void cancelsOnlyWhileTheGoodsAreAtTheHub() {
		Delivery waiting = unassigned();
		Delivery accepted = assigned();
		accepted.accept(ravi());
		Delivery onTheWay = pickedUp();

		assertThat(waiting.cancel()).isTrue();
		assertThat(accepted.cancel()).isTrue();
		assertThat(onTheWay.cancel()).isFalse();
		assertThat(waiting.status()).isEqualTo(DeliveryStatus.CANCELLED);
		assertThat(onTheWay.status()).isEqualTo(DeliveryStatus.PICKED_UP);
	}

	@Test
	void unassignsBeforePickupAnsweringTheFormerRider() {
		Delivery delivery = assigned();

		assertThat(delivery.unassign()).isEqualTo("rider-1");
		assertThat(delivery.status()).isEqualTo(DeliveryStatus.UNASSIGNED);
		assertThat(delivery.riderId()).isNull();
	}

	@Nested
	class RefusesIllegalMoves {

		@Test
		void rejectsPickupBeforeAcceptanceNamingTheState() {
			ApiException refused = catchThrowableOfType(ApiException.class, () -> assigned().pickUp(ravi()));

			assertThat(refused.code()).isEqualTo(DeliveryErrorCode.DELIVERY_STATE_CONFLICT);
			assertThat(refused.getMessage()).contains("ASSIGNED");
		}

		@Test
		void rejectsASecondAssignment() {
			ApiException refused = catchThrowableOfType(ApiException.class, () -> assigned().assign(ravi(), NOW));

			assertThat(refused.code()).isEqualTo(DeliveryErrorCode.DELIVERY_STATE_CONFLICT);
		}

		@Test
		void rejectsLocationsBeforePickup() {
			Delivery delivery = assigned();

			ApiException refused = catchThrowableOfType(ApiException.class,
					() -> delivery.locate(FAR, NOW, NOW, ravi(), ETA));

			assertThat(refused.code()).isEqualTo(DeliveryErrorCode.DELIVERY_STATE_CONFLICT);
			assertThat(refused.getMessage()).contains("ASSIGNED");
		}

		@Test
		void rejectsHandoverBeforePickup() {
			Delivery delivery = assigned();

			assertThat(catchThrowableOfType(ApiException.class, () -> delivery.deliver(NOW)).code())
				.isEqualTo(DeliveryErrorCode.DELIVERY_STATE_CONFLICT);
		}

		@Test
		void rejectsUnassigningAfterPickup() {
			Delivery delivery = pickedUp();

			assertThat(catchThrowableOfType(ApiException.class, delivery::unassign).getMessage())
				.contains("PICKED_UP");
		}

		@Test
		void rejectsFailingADeliveredOne() {
			Delivery delivery = pickedUp();
			delivery.deliver(NOW);

			assertThat(catchThrowableOfType(ApiException.class,
					() -> delivery.fail(FailureReason.OTHER, null, null, 2)).getMessage()).contains("DELIVERED");
		}
	}
}
