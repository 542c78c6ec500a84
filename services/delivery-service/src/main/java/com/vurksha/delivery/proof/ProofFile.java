package com.vurksha.delivery.proof;

import java.util.Optional;

/**
 * What the file service says about a file, as far as a delivery proof is concerned.
 *
 * @param purpose {@code delivery-proof} for a rider's photo of the door ({@code product-image} and others are not)
 * @param deliveryId the delivery the rider uploaded it for; null for files of other purposes
 */
record ProofFile(String fileId, String purpose, String status, String deliveryId) {

	static final String DELIVERY_PROOF = "delivery-proof";

	/**
	 * The rule a failed delivery's proof must meet: a delivery-proof file uploaded for this very delivery, so a rider
	 * cannot pass off a product image or another delivery's photo.
	 * @return why the file cannot prove the failure of {@code forDelivery}; empty when it can
	 */
	Optional<String> unfitFor(String forDelivery) {
		if (!DELIVERY_PROOF.equals(purpose)) {
			return Optional.of("File " + fileId + " is not a delivery proof");
		}
		if (deliveryId == null || !deliveryId.equals(forDelivery)) {
			return Optional.of("File " + fileId + " is not a proof of delivery " + forDelivery);
		}
		return Optional.empty();
	}
}
