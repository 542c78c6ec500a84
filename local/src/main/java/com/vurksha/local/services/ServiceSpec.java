package com.vurksha.local.services;

import java.nio.file.Path;
import java.util.Map;

/**
 * One application to run as its own process.
 *
 * @param name short name, used for the log file and the console prefix
 * @param jar the executable jar
 * @param port the HTTP port it serves on
 * @param properties Spring properties passed as {@code -D} options, which beat its {@code application.yml}
 */
public record ServiceSpec(String name, Path jar, int port, Map<String, String> properties) {
}
