/** The payment provider seen from our side: Razorpay's API as a port, its settings, and the Razorpay adapter. */
package com.vurksha.payment.provider;
