package com.vurksha.local.infra;

import java.io.IOException;

import redis.embedded.RedisServer;

/**
 * A Redis 6.2 server from the binary inside the embedded-redis jar. It holds only caches and rate-limit buckets,
 * which may be lost, so it keeps nothing on disk.
 */
public final class LocalRedis implements AutoCloseable {

	private final RedisServer server;

	private LocalRedis(RedisServer server) {
		this.server = server;
	}

	public static LocalRedis start(int port) throws IOException {
		RedisServer server = RedisServer.newRedisServer()
			.port(port)
			.bind("127.0.0.1")
			.setting("save \"\"")
			.setting("appendonly no")
			.build();
		server.start();
		return new LocalRedis(server);
	}

	@Override
	public void close() throws IOException {
		server.stop();
	}
}
