package com.vurksha.files.reference;

import java.time.Instant;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import com.vurksha.files.file.FileId;
import com.vurksha.platform.jdbc.SqlTimestamps;

/**
 * What refers to which file, from the product and delivery services' events, and the clock of each file's
 * retention: a file's {@code unreferenced_since} is cleared while anything refers to it and set when the last
 * reference goes. Ids of unknown or deleted files are ignored.
 */
@Repository
class References {

	private final JdbcClient jdbc;

	References(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** The owner now refers to exactly these files (a product's images). */
	void replace(String ownerType, String ownerId, Collection<FileId> files, Instant now) {
		List<UUID> ids = files.stream().map(FileId::value).toList();
		Set<UUID> touched = new LinkedHashSet<>(ids);
		touched.addAll(jdbc.sql("""
				delete from file_reference where owner_type = :type and owner_id = :owner
				returning file_id
				""")
			.param("type", ownerType)
			.param("owner", ownerId)
			.query(UUID.class)
			.list());
		ids.forEach(id -> insert(id, ownerType, ownerId, now));
		refresh(touched, now);
	}

	/** The owner refers to this file too (a failed delivery's proof). */
	void add(String ownerType, String ownerId, FileId file, Instant now) {
		insert(file.value(), ownerType, ownerId, now);
		refresh(Set.of(file.value()), now);
	}

	private void insert(UUID file, String ownerType, String ownerId, Instant now) {
		jdbc.sql("""
				insert into file_reference (file_id, owner_type, owner_id, since)
				select f.id, :type, :owner, :now from file f where f.id = :file and f.deleted_at is null
				on conflict do nothing
				""")
			.param("file", file)
			.param("type", ownerType)
			.param("owner", ownerId)
			.param("now", SqlTimestamps.utc(now))
			.update();
	}

	private void refresh(Set<UUID> files, Instant now) {
		if (files.isEmpty()) {
			return;
		}
		jdbc.sql("""
				update file f set unreferenced_since = case
				    when exists (select 1 from file_reference r where r.file_id = f.id) then null
				    else coalesce(f.unreferenced_since, :now) end
				where f.id in (:ids)
				""")
			.param("ids", List.copyOf(files))
			.param("now", SqlTimestamps.utc(now))
			.update();
	}
}
