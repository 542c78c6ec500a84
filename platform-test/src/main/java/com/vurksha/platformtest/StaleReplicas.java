package com.vurksha.platformtest;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * Removes what a test JVM that died without running its shutdown hooks (killed with SIGKILL, say) left of its
 * streaming replicas: the server still running, its directory, and its replication slot on the primary, which would
 * otherwise keep WAL there for ever. A replica belongs to the JVM whose process id and start time its {@code owner}
 * file names; while that JVM lives, its replica is left alone, even when stopped.
 */
final class StaleReplicas {

	static final String DIRECTORY_PREFIX = "vurksha-replica-";

	static final String SLOT_PREFIX = "vurksha_replica_";

	static final String OWNER_FILE = "owner";

	private StaleReplicas() {
	}

	/** The owner line for this JVM: its process id and start time in epoch milliseconds. */
	static String currentOwner() {
		ProcessHandle self = ProcessHandle.current();
		return self.pid() + " " + self.info().startInstant().map(Instant::toEpochMilli).orElse(0L);
	}

	static void sweep(Path parent, PostgresCommands commands, Connection primary) {
		List<String> swept = new ArrayList<>();
		try (DirectoryStream<Path> directories = Files.newDirectoryStream(parent, DIRECTORY_PREFIX + "*")) {
			for (Path directory : directories) {
				if (Files.isDirectory(directory) && !ownerIsAlive(directory)) {
					stopQuietly(commands, directory);
					deleteRecursively(directory);
					swept.add(directory.getFileName().toString());
				}
			}
		}
		catch (IOException ex) {
			System.err.println("Streaming replica sweep: " + ex.getMessage());
		}
		// a replica stopped just now may keep its slot busy until the primary notices its WAL sender has gone
		swept.forEach(name -> dropSlotOnceInactive(primary, slotName(name.substring(DIRECTORY_PREFIX.length()))));
		dropOrphanSlots(parent, primary);
		if (!swept.isEmpty()) {
			System.err.println("Streaming replica sweep removed " + swept);
		}
	}

	static String slotName(String id) {
		return SLOT_PREFIX + id;
	}

	static void dropSlot(Connection primary, String slot) throws SQLException {
		try (PreparedStatement drop = primary.prepareStatement(
				"select pg_drop_replication_slot(slot_name) from pg_replication_slots where slot_name = ?")) {
			drop.setString(1, slot);
			drop.execute();
		}
	}

	/** Drops the slot, waiting up to 15 seconds for it to become inactive; reports rather than throws. */
	static void dropSlotOnceInactive(Connection primary, String slot) {
		Instant deadline = Instant.now().plusSeconds(15);
		while (true) {
			try {
				dropSlot(primary, slot);
				return;
			}
			catch (SQLException ex) {
				if (Instant.now().isAfter(deadline)) {
					System.err.println("Could not drop replication slot " + slot + ": " + ex.getMessage());
					return;
				}
			}
			try {
				Thread.sleep(100);
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
				return;
			}
		}
	}

	static void deleteRecursively(Path directory) {
		if (!Files.exists(directory)) {
			return;
		}
		try (Stream<Path> paths = Files.walk(directory)) {
			paths.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
		}
		catch (IOException | java.io.UncheckedIOException ex) {
			System.err.println("Could not delete " + directory + ": " + ex.getMessage());
		}
	}

	private static boolean ownerIsAlive(Path directory) {
		Path ownerFile = directory.resolve(OWNER_FILE);
		if (!Files.exists(ownerFile)) {
			// Another JVM may be between making the directory and writing the file; the sweep of a later run takes it.
			return isYoung(directory);
		}
		try {
			String[] owner = Files.readString(ownerFile, StandardCharsets.UTF_8).trim().split(" ");
			long pid = Long.parseLong(owner[0]);
			long started = Long.parseLong(owner[1]);
			Optional<ProcessHandle> process = ProcessHandle.of(pid);
			return process.isPresent() && process.get().isAlive()
					&& process.get().info().startInstant().map(Instant::toEpochMilli).orElse(0L) == started;
		}
		catch (IOException | RuntimeException ex) {
			return isYoung(directory);
		}
	}

	private static boolean isYoung(Path directory) {
		try {
			return Files.getLastModifiedTime(directory).toInstant()
				.isAfter(Instant.now().minus(Duration.ofMinutes(10)));
		}
		catch (IOException ex) {
			return false;
		}
	}

	private static void stopQuietly(PostgresCommands commands, Path directory) {
		Path data = directory.resolve("data");
		if (Files.exists(data.resolve("postmaster.pid"))) {
			try {
				commands.run(directory, Duration.ofSeconds(30), "pg_ctl", "-D", data.toString(), "-m", "immediate", "-w",
						"-t", "20", "stop");
			}
			catch (RuntimeException ex) {
				System.err.println("Streaming replica sweep could not stop " + data + ": " + ex.getMessage());
			}
		}
	}

	/** Drops this fixture's inactive slots whose replica directory is gone or belongs to a dead JVM. */
	private static void dropOrphanSlots(Path parent, Connection primary) {
		List<String> orphans = new ArrayList<>();
		try (PreparedStatement query = primary.prepareStatement(
				"select slot_name from pg_replication_slots where not active and slot_name like ?")) {
			query.setString(1, SLOT_PREFIX.replace("_", "\\_") + "%");
			try (ResultSet rows = query.executeQuery()) {
				while (rows.next()) {
					String slot = rows.getString(1);
					Path directory = parent.resolve(DIRECTORY_PREFIX + slot.substring(SLOT_PREFIX.length()));
					if (!Files.isDirectory(directory)) {
						orphans.add(slot);
					}
				}
			}
			for (String slot : orphans) {
				dropSlot(primary, slot);
			}
		}
		catch (SQLException ex) {
			System.err.println("Streaming replica sweep could not drop slots " + orphans + ": " + ex.getMessage());
		}
	}
}
