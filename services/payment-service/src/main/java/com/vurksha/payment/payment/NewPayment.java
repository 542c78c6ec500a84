package com.vurksha.payment.payment;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** The body of {@code POST /api/v1/payments}: which of my orders to pay. */
public record NewPayment(@NotBlank @Size(max = 64) String orderId) {
}
