package com.vurksha.user.serviceclient;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The services that may obtain service tokens, and for what.
 *
 * @param tokenTtl lifetime of a service token; callers refresh it after half of that
 * @param clients each calling service by client id
 */
@ConfigurationProperties("vurksha.service-clients")
public record ServiceClientProperties(@DefaultValue("10m") Duration tokenTtl,
		@DefaultValue Map<String, Client> clients) {

	/**
	 * One calling service.
	 *
	 * @param secrets its valid secrets: one, or two while a secret is being rotated; blank entries are ignored and a
	 * client without a secret cannot obtain tokens
	 * @param grants the scopes it may hold, by the audience (the called service's name)
	 */
	public record Client(@DefaultValue List<String> secrets, @DefaultValue Map<String, List<String>> grants) {
	}
}
