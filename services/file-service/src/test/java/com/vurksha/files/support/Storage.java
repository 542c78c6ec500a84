package com.vurksha.files.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

import com.vurksha.embedded.storage.EmbeddedS3;

/**
 * One S3-compatible server for the test JVM, on a free loopback port with a folder of its own; each test class
 * gets a bucket of its own.
 */
public final class Storage {

	private static EmbeddedS3 server;

	private Storage() {
	}

	public static synchronized EmbeddedS3 server() {
		if (server == null) {
			try {
				Path dir = Files.createTempDirectory("file-service-s3-");
				server = EmbeddedS3.start(dir, 0, "vurksha-files-test");
				Runtime.getRuntime().addShutdownHook(new Thread(server::close));
			}
			catch (IOException ex) {
				throw new UncheckedIOException(ex);
			}
		}
		return server;
	}
}
