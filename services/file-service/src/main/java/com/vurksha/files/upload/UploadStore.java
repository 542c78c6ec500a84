package com.vurksha.files.upload;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import com.vurksha.files.file.FileId;
import com.vurksha.files.file.Purpose;
import com.vurksha.platform.jdbc.SqlTimestamps;

/** The upload table. Status changes are conditional on the status expected, so two completions cannot both win. */
@Repository
class UploadStore {

	private final JdbcClient jdbc;

	UploadStore(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	void insert(Upload upload) {
		jdbc.sql("""
				insert into upload (id, purpose, content_type, size_bytes, sha256, object_key, uploaded_by, delivery_id,
				                    customer_id, status, created_at, expires_at)
				values (:id, :purpose, :contentType, :size, :sha256, :key, :uploadedBy, :deliveryId, :customerId,
				        'PENDING', :createdAt, :expiresAt)
				""")
			.param("id", upload.id().value())
			.param("purpose", upload.purpose().wireName())
			.param("contentType", upload.contentType())
			.param("size", upload.sizeBytes())
			.param("sha256", upload.sha256())
			.param("key", upload.objectKey())
			.param("uploadedBy", upload.uploadedBy())
			.param("deliveryId", upload.deliveryId())
			.param("customerId", upload.customerId())
			.param("createdAt", SqlTimestamps.utc(upload.createdAt()))
			.param("expiresAt", SqlTimestamps.utc(upload.expiresAt()))
			.update();
	}

	Optional<Upload> find(UploadId id) {
		return jdbc.sql("select * from upload where id = :id").param("id", id.value()).query(UploadStore::upload).optional();
	}

	/** Moves a pending upload to completed; false when it was not pending any more. */
	boolean complete(UploadId id, FileId file) {
		return jdbc.sql("update upload set status = 'COMPLETED', file_id = :file where id = :id and status = 'PENDING'")
			.param("id", id.value())
			.param("file", file.value())
			.update() == 1;
	}

	/** Moves a pending upload to a final status without a file; false when it was not pending any more. */
	boolean close(UploadId id, Upload.Status status) {
		return jdbc.sql("update upload set status = :status where id = :id and status = 'PENDING'")
			.param("id", id.value())
			.param("status", status.name())
			.update() == 1;
	}

	/** Pending uploads whose time ran out, oldest first. */
	List<Upload> expired(Instant now, int limit) {
		return jdbc.sql("""
				select * from upload where status = 'PENDING' and expires_at <= :now order by expires_at limit :limit
				""")
			.param("now", SqlTimestamps.utc(now))
			.param("limit", limit)
			.query(UploadStore::upload)
			.list();
	}

	private static Upload upload(ResultSet rs, int row) throws SQLException {
		return new Upload(new UploadId(rs.getObject("id", UUID.class)),
				Purpose.fromWire(rs.getString("purpose")).orElseThrow(), rs.getString("content_type"),
				rs.getLong("size_bytes"), rs.getString("sha256"), rs.getString("object_key"),
				rs.getString("uploaded_by"), rs.getString("delivery_id"), rs.getString("customer_id"),
				Upload.Status.valueOf(rs.getString("status")), rs.getObject("file_id", UUID.class),
				rs.getTimestamp("created_at").toInstant(), rs.getTimestamp("expires_at").toInstant());
	}
}
