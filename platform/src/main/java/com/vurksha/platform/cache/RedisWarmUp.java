package com.vurksha.platform.cache;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.data.redis.connection.RedisConnection;
import org.springframework.data.redis.connection.RedisConnectionFactory;

/**
 * Connects to Redis while the service starts, after the connection factory has started and before the web server
 * takes requests, so that the first request does not pay for connecting. In a cold JVM, loading the client's
 * classes plus the handshake (which Lettuce bounds by the command timeout, 150 ms) can take longer than that
 * timeout; on a first request that would open the breaker and send every caller to the fallbacks for a whole wait.
 *
 * <p>A Redis that does not answer at start-up is only logged: the service starts, and its calls fall back until
 * Redis answers.
 */
class RedisWarmUp implements SmartLifecycle {

	/** Between the connection factory's phase (0) and the web server's, which starts close to the maximum. */
	static final int PHASE = Integer.MAX_VALUE / 2;

	private static final Logger log = LoggerFactory.getLogger(RedisWarmUp.class);

	private final RedisConnectionFactory connections;

	private volatile boolean running;

	RedisWarmUp(RedisConnectionFactory connections) {
		this.connections = connections;
	}

	@Override
	public void start() {
		running = true;
		try (RedisConnection connection = connections.getConnection()) {
			connection.ping();
		}
		catch (RuntimeException ex) {
			log.warn("Redis did not answer while the service started ({}); its calls fall back until it does",
					ex.toString());
		}
	}

	@Override
	public void stop() {
		running = false;
	}

	@Override
	public boolean isRunning() {
		return running;
	}

	@Override
	public int getPhase() {
		return PHASE;
	}
}
