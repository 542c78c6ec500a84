package com.vurksha.admin.console;

/** A service that owns something the console shows or changes. */
enum Owner {

	USER("user"), PRODUCT("product"), ORDER("order"), PAYMENT("payment"), DELIVERY("delivery"),
	NOTIFICATION("notification"), FILE("file");

	private final String label;

	Owner(String label) {
		this.label = label;
	}

	/** How operators call it: "the order service". */
	String label() {
		return label;
	}
}
