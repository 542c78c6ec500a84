package com.vurksha.delivery.fulfilment;

import java.util.List;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import com.vurksha.delivery.DeliveryErrorCode;
import com.vurksha.platform.api.PageQuery;
import com.vurksha.platform.error.ApiException;

/** What operators see and fix on deliveries outside the assignment: the list, and a locked doorstep code. */
@Service
class DeliveryOperations {

	private final Deliveries deliveries;

	private final DeliveryJournal journal;

	DeliveryOperations(Deliveries deliveries, DeliveryJournal journal) {
		this.deliveries = deliveries;
		this.journal = journal;
	}

	record Page(List<DeliveryView> deliveries, long total) {
	}

	@Transactional(readOnly = true)
	Page list(DeliveryStatus status, PageQuery query) {
		String name = (status != null) ? status.name() : null;
		return new Page(deliveries.withStatus(name, query.limit(), query.offset()).stream()
			.map(DeliveryView::of)
			.toList(), deliveries.countWithStatus(name));
	}

	/** A new code replaces the old one (the customer sees it in tracking) and the wrong tries start again. */
	@Transactional
	DeliveryView resetOtp(String deliveryId) {
		Delivery delivery = deliveries.lock(deliveryId)
			.orElseThrow(() -> new ApiException(DeliveryErrorCode.DELIVERY_NOT_FOUND,
					"Delivery " + deliveryId + " does not exist"));
		delivery.requireOnTheWay("have its code reset");
		delivery.resetOtp();
		journal.save(delivery, delivery.status());
		return DeliveryView.of(delivery);
	}
}
