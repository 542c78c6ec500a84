package com.vurksha.user.account;

import com.vurksha.user.Ids;

/** The opaque id of a user, also the {@code sub} of their access tokens. */
public record UserId(String value) {

	public static UserId next() {
		return new UserId(Ids.next("usr"));
	}

	@Override
	public String toString() {
		return value;
	}
}
