package com.vurksha.order.checkout;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import com.vurksha.order.order.PaymentMethod;

/** What the customer chooses at checkout; the items and their prices come from the cart and the product service. */
record CheckoutRequest(@NotBlank @Size(max = 64) String addressId, @NotBlank @Size(max = 64) String deliverySlotId,
		@NotNull PaymentMethod paymentMethod, @Size(max = 40) String couponCode, @Size(max = 500) String notes) {
}
