package com.vurksha.platformtest;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.nio.file.attribute.UserPrincipal;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import com.sun.security.auth.module.UnixSystem;

/**
 * Runs PostgreSQL's programs (pg_basebackup, pg_ctl) for a server whose files this JVM makes. PostgreSQL refuses to
 * run as root, so when the tests run as root the programs run as the server's OS user (normally {@code postgres})
 * through {@code runuser}, and the directories they write are given to that user; otherwise they run as the test
 * user itself.
 */
final class PostgresCommands {

	private final Path binDirectory;

	private final String osUser;

	private final boolean asRoot;

	PostgresCommands(Path binDirectory, String osUser) {
		this.binDirectory = binDirectory;
		this.osUser = osUser;
		this.asRoot = new UnixSystem().getUid() == 0;
	}

	/** Makes {@code directory} (mode 700) belong to the user the server runs as. */
	void createOwnedDirectory(Path directory) throws IOException {
		Files.createDirectory(directory, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rwx------")));
		if (asRoot) {
			UserPrincipal owner = directory.getFileSystem().getUserPrincipalLookupService().lookupPrincipalByName(osUser);
			Files.setOwner(directory, owner);
		}
	}

	/** Runs one of PostgreSQL's programs in {@code workingDirectory}; returns its output, or throws with it. */
	String run(Path workingDirectory, Duration timeout, String program, String... arguments) {
		List<String> command = new ArrayList<>();
		if (asRoot) {
			command.addAll(List.of("runuser", "-u", osUser, "--"));
		}
		command.add(binDirectory.resolve(program).toString());
		command.addAll(List.of(arguments));
		ProcessBuilder builder = new ProcessBuilder(command).directory(workingDirectory.toFile()).redirectErrorStream(true);
		// PGHOST, PGPORT, PGOPTIONS and the like from the developer's shell must not redirect the commands.
		builder.environment().keySet().removeIf(name -> name.startsWith("PG"));
		try {
			Process process = builder.start();
			process.getOutputStream().close();
			byte[] output = process.getInputStream().readAllBytes();
			if (!process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
				process.destroyForcibly();
				throw new IllegalStateException(String.join(" ", command) + " did not finish in " + timeout);
			}
			String text = new String(output, StandardCharsets.UTF_8);
			if (process.exitValue() != 0) {
				throw new CommandFailedException(String.join(" ", command), process.exitValue(), text);
			}
			return text;
		}
		catch (IOException ex) {
			throw new IllegalStateException("Could not run " + String.join(" ", command), ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException("Interrupted while running " + String.join(" ", command), ex);
		}
	}

	/** A PostgreSQL program that exited with an error; the message carries its output. */
	static final class CommandFailedException extends IllegalStateException {

		private final String output;

		CommandFailedException(String command, int exitValue, String output) {
			super(command + " exited with " + exitValue + ":\n" + output);
			this.output = output;
		}

		String output() {
			return output;
		}
	}
}
