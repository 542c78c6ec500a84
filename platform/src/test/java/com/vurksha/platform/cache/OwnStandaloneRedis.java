package com.vurksha.platform.cache;

import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

import com.vurksha.platformtest.RedisServers;

/**
 * A standalone Redis of the test class's own, started before its first test and stopped after its last: register
 * it as a static field with {@code @RegisterExtension}. A server of its own, as the tests freeze it or count its
 * clients, which the machine's shared Redis must not see.
 */
final class OwnStandaloneRedis implements BeforeAllCallback, AfterAllCallback {

	private RedisServers servers;

	@Override
	public void beforeAll(ExtensionContext context) {
		servers = RedisServers.standalone();
	}

	@Override
	public void afterAll(ExtensionContext context) {
		servers.close();
	}

	RedisServers.Server primary() {
		return servers.primary();
	}
}
