package com.vurksha.files.file;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import com.vurksha.files.image.ImageFormat;
import com.vurksha.platform.jdbc.SqlTimestamps;

/** The file and file_variant tables. */
@Repository
public class FileStore {

	private final JdbcClient jdbc;

	FileStore(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** Records a new file, unreferenced from its creation until an event says a product or delivery uses it. */
	void insert(StoredFile file) {
		jdbc.sql("""
				insert into file (id, purpose, visibility, uploaded_by, delivery_id, customer_id, source_format,
				                  source_bytes, source_sha256, width, height, created_at, unreferenced_since)
				values (:id, :purpose, :visibility, :uploadedBy, :deliveryId, :customerId, :sourceFormat,
				        :sourceBytes, :sha256, :width, :height, :createdAt, :createdAt)
				""")
			.param("id", file.id().value())
			.param("purpose", file.purpose().wireName())
			.param("visibility", file.purpose().visibility().name())
			.param("uploadedBy", file.uploadedBy())
			.param("deliveryId", file.deliveryId())
			.param("customerId", file.customerId())
			.param("sourceFormat", file.sourceFormat().wireName())
			.param("sourceBytes", file.sourceBytes())
			.param("sha256", file.sourceSha256())
			.param("width", file.width())
			.param("height", file.height())
			.param("createdAt", SqlTimestamps.utc(file.createdAt()))
			.update();
		for (StoredFile.Variant variant : file.variants()) {
			jdbc.sql("""
					insert into file_variant (file_id, name, format, object_key, width, height, size_bytes)
					values (:fileId, :name, :format, :key, :width, :height, :size)
					""")
				.param("fileId", file.id().value())
				.param("name", variant.name())
				.param("format", variant.format().wireName())
				.param("key", variant.objectKey())
				.param("width", variant.width())
				.param("height", variant.height())
				.param("size", variant.sizeBytes())
				.update();
		}
	}

	/** The file unless it does not exist or was deleted. */
	public Optional<StoredFile> find(FileId id) {
		Optional<StoredFile> file = jdbc.sql("""
				select id, purpose, uploaded_by, delivery_id, customer_id, source_format, source_bytes, source_sha256,
				       width, height, created_at
				from file where id = :id and deleted_at is null
				""")
			.param("id", id.value())
			.query(FileStore::file)
			.optional();
		return file.map(found -> withVariants(found, variants(id)));
	}

	private List<StoredFile.Variant> variants(FileId id) {
		return jdbc.sql("""
				select name, format, object_key, width, height, size_bytes from file_variant where file_id = :id
				order by width, format desc
				""")
			.param("id", id.value())
			.query((rs, n) -> new StoredFile.Variant(rs.getString("name"), format(rs.getString("format")),
					rs.getString("object_key"), rs.getInt("width"), rs.getInt("height"), rs.getLong("size_bytes")))
			.list();
	}

	/** Whether a live file other than those given uses the object (public keys are shared by equal pictures). */
	boolean objectInUse(String objectKey, FileId except) {
		return jdbc.sql("""
				select exists (select 1 from file_variant v join file f on f.id = v.file_id
				               where v.object_key = :key and f.deleted_at is null and f.id <> :except)
				""")
			.param("key", objectKey)
			.param("except", except.value())
			.query(Boolean.class)
			.single();
	}

	/** Files nothing has referred to since before {@code cutoff}, oldest first. */
	List<FileId> unreferencedSince(Instant cutoff, int limit) {
		return jdbc.sql("""
				select id from file
				where deleted_at is null and unreferenced_since < :cutoff
				order by unreferenced_since limit :limit
				""")
			.param("cutoff", SqlTimestamps.utc(cutoff))
			.param("limit", limit)
			.query((rs, n) -> new FileId(rs.getObject("id", UUID.class)))
			.list();
	}

	/**
	 * Marks the file deleted if it is still unreferenced since before {@code cutoff} (an event may have referred to
	 * it meanwhile); true when it was.
	 */
	boolean markDeleted(FileId id, Instant cutoff, Instant now) {
		return jdbc.sql("""
				update file set deleted_at = :now
				where id = :id and deleted_at is null and unreferenced_since < :cutoff
				""")
			.param("id", id.value())
			.param("cutoff", SqlTimestamps.utc(cutoff))
			.param("now", SqlTimestamps.utc(now))
			.update() == 1;
	}

	private static StoredFile withVariants(StoredFile file, List<StoredFile.Variant> variants) {
		return new StoredFile(file.id(), file.purpose(), file.uploadedBy(), file.deliveryId(), file.customerId(),
				file.sourceFormat(), file.sourceBytes(), file.sourceSha256(), file.width(), file.height(),
				file.createdAt(), variants);
	}

	private static StoredFile file(ResultSet rs, int row) throws SQLException {
		return new StoredFile(new FileId(rs.getObject("id", UUID.class)),
				Purpose.fromWire(rs.getString("purpose")).orElseThrow(), rs.getString("uploaded_by"),
				rs.getString("delivery_id"), rs.getString("customer_id"), format(rs.getString("source_format")),
				rs.getLong("source_bytes"), rs.getString("source_sha256"), rs.getInt("width"), rs.getInt("height"),
				rs.getTimestamp("created_at").toInstant(), new ArrayList<>());
	}

	private static ImageFormat format(String wireName) {
		for (ImageFormat format : ImageFormat.values()) {
			if (format.wireName().equals(wireName)) {
				return format;
			}
		}
		throw new IllegalStateException("Unknown image format in the database: " + wireName);
	}
}
