package com.vurksha.order.checkout;

/** The success envelope our services answer with; only its data is read. */
record Envelope<T>(T data) {
}
