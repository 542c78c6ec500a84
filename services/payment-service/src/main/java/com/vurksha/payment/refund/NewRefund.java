package com.vurksha.payment.refund;

import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;

/** The body of an operator's refund: {@code amount} in paise, or none for everything that is left. */
public record NewRefund(@Positive Long amount, @Size(max = 200) String reason) {
}
