package com.vurksha.admin.replica;

/** A service whose database publishes reporting views, read from its replica. */
public enum Source {

	ORDER, PAYMENT, DELIVERY, PRODUCT, NOTIFICATION;

	/** The name in configuration ({@code vurksha.admin.replicas.sources.<key>}). */
	public String key() {
		return name().toLowerCase(java.util.Locale.ROOT);
	}
}
