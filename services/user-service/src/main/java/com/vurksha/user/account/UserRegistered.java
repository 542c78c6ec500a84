package com.vurksha.user.account;

import java.time.Instant;
import java.util.List;

/** Published as {@code user.user.registered} (version 1) when someone signs in for the first time. */
public record UserRegistered(String userId, String phone, List<String> roles, Instant registeredAt) {

	public static final String TYPE = "user.user.registered";

	public static final int VERSION = 1;
}
