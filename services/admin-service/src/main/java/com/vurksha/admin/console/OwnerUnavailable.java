package com.vurksha.admin.console;

/** An owning service did not answer in time or could not be reached: the page says so instead of failing. */
class OwnerUnavailable extends RuntimeException {

	private final transient Owner owner;

	OwnerUnavailable(Owner owner, Throwable cause) {
		super("The " + owner.label() + " service is not answering; try again in a moment", cause);
		this.owner = owner;
	}

	Owner owner() {
		return owner;
	}
}
