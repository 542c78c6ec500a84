package com.vurksha.notification.template;

/** Money as a customer reads it: ₹245 for whole rupees, ₹245.50 otherwise. */
public final class Rupees {

	private Rupees() {
	}

	public static String fromPaise(long paise) {
		String sign = (paise < 0) ? "-" : "";
		long abs = Math.abs(paise);
		long rupees = abs / 100;
		long rest = abs % 100;
		return sign + "₹" + rupees + ((rest == 0) ? "" : String.format(".%02d", rest));
	}
}
