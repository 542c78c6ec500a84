/** The local stand-in for Razorpay: no network, and dev calls that send signed webhooks exactly as Razorpay would. */
package com.vurksha.payment.simulator;
