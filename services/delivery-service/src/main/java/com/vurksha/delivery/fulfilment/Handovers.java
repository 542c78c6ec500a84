package com.vurksha.delivery.fulfilment;

import java.time.Clock;
import java.util.List;

import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

import com.vurksha.delivery.BadInput;
import com.vurksha.delivery.DeliveryErrorCode;
import com.vurksha.delivery.events.DeliveryEvent;
import com.vurksha.delivery.rider.Rider;
import com.vurksha.delivery.rider.Riders;
import com.vurksha.platform.error.ApiException;
import com.vurksha.platform.error.FieldViolation;

/**
 * Hands the goods over against the doorstep code. A wrong code must be counted even though the call fails, so the
 * count commits first and the refusal is thrown afterwards.
 */
@Service
class Handovers {

	private final RiderDeliveries riderDeliveries;

	private final DeliveryJournal journal;

	private final DeliveryOtp otp;

	private final OtpProperties otpProperties;

	private final Riders riders;

	private final TransactionTemplate transaction;

	private final Clock clock;

	Handovers(RiderDeliveries riderDeliveries, DeliveryJournal journal, DeliveryOtp otp, OtpProperties otpProperties,
			Riders riders, TransactionTemplate transaction, Clock clock) {
		this.riderDeliveries = riderDeliveries;
		this.journal = journal;
		this.otp = otp;
		this.otpProperties = otpProperties;
		this.riders = riders;
		this.transaction = transaction;
		this.clock = clock;
	}

	private record Outcome(DeliveryView delivered, int remainingAttempts) {
	}

	DeliveryView deliver(Rider rider, String deliveryId, String code) {
		Outcome outcome = transaction.execute(status -> attempt(rider, deliveryId, code));
		if (outcome.delivered() == null) {
			throw new ApiException(DeliveryErrorCode.DELIVERY_OTP_INVALID, "The delivery code is wrong")
				.withDetails(List.of(new FieldViolation("otp", "remainingAttempts=" + outcome.remainingAttempts())));
		}
		return outcome.delivered();
	}

	private Outcome attempt(Rider rider, String deliveryId, String code) {
		Delivery delivery = riderDeliveries.lockMine(rider, deliveryId);
		delivery.requireOnTheWay("be delivered");
		if (delivery.otpLocked(otpProperties.maxAttempts())) {
			throw new ApiException(DeliveryErrorCode.DELIVERY_OTP_LOCKED,
					"Too many wrong codes; an operator must reset the delivery code");
		}
		if (code == null || !code.strip().matches("[0-9]{1,12}")) {
			throw BadInput.field("otp", "must be digits");
		}
		DeliveryStatus before = delivery.status();
		if (!otp.matches(delivery, code)) {
			int remaining = delivery.otpFailed(otpProperties.maxAttempts());
			journal.save(delivery, before);
			return new Outcome(null, remaining);
		}
		List<DeliveryEvent> delivered = List.of(delivery.deliver(clock.instant()));
		riders.release(rider.id());
		journal.save(delivery, before, delivered);
		return new Outcome(DeliveryView.of(delivery), 0);
	}
}
