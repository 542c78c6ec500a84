package com.vurksha.local.services;

import java.net.URI;
import java.nio.file.Path;
import java.util.Map;

/**
 * One application to run in the service host.
 *
 * @param name short name, used for the log file and the console prefix
 * @param jar the executable jar
 * @param port the HTTP port it serves on
 * @param properties its Spring properties, passed as command-line arguments, which beat its {@code application.yml}
 */
public record ServiceSpec(String name, Path jar, int port, Map<String, String> properties) {

	/** Where it says it is ready: on its management port when it has one of its own (the gateway), else its port. */
	public URI readiness() {
		String management = properties.get("management.server.port");
		int healthPort = (management != null) ? Integer.parseInt(management) : port;
		return URI.create("http://localhost:" + healthPort + "/actuator/health/readiness");
	}
}
