package com.vurksha.admin.audit;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import com.vurksha.platform.api.PageQuery;

/** Records operator actions and lists them, newest first. Entries are never changed or deleted by the service. */
@Service
public class AuditLog {

	private final JdbcClient jdbc;

	private final JsonMapper json;

	private final Clock clock;

	AuditLog(JdbcClient jdbc, JsonMapper json, Clock clock) {
		this.jdbc = jdbc;
		this.json = json;
		this.clock = clock;
	}

	/** Records one action once the owning service has answered it (whatever the answer). */
	public AuditEntry record(Action action, int outcome, JsonNode before, JsonNode after, String requestId) {
		AuditEntry entry = new AuditEntry(UUID.randomUUID().toString(), clock.instant(), action.actorId(),
				action.action(), action.targetType(), action.targetId(), outcome, before, after, requestId);
		jdbc.sql("""
				insert into audit_entry (id, at, actor_id, action, target_type, target_id, outcome, before, after,
				                         request_id)
				values (:id::uuid, :at, :actor, :action, :targetType, :targetId, :outcome, :before::jsonb,
				        :after::jsonb, :requestId)""")
			.param("id", entry.id())
			.param("at", Timestamp.from(entry.at()))
			.param("actor", entry.actorId())
			.param("action", entry.action())
			.param("targetType", entry.targetType())
			.param("targetId", entry.targetId())
			.param("outcome", outcome)
			.param("before", text(before))
			.param("after", text(after))
			.param("requestId", requestId)
			.update();
		return entry;
	}

	/** Entries matching the filter, newest first, and how many match. */
	public Page list(Filter filter, PageQuery page) {
		StringBuilder where = new StringBuilder(" where true");
		List<Object> args = new ArrayList<>();
		if (filter.actorId() != null) {
			where.append(" and actor_id = ?");
			args.add(filter.actorId());
		}
		if (filter.targetType() != null) {
			where.append(" and target_type = ?");
			args.add(filter.targetType());
		}
		if (filter.targetId() != null) {
			where.append(" and target_id = ?");
			args.add(filter.targetId());
		}
		if (filter.from() != null) {
			where.append(" and at >= ?");
			args.add(Timestamp.from(filter.from()));
		}
		if (filter.to() != null) {
			where.append(" and at < ?");
			args.add(Timestamp.from(filter.to()));
		}
		long total = jdbc.sql("select count(*) from audit_entry" + where).params(args).query(Long.class).single();
		List<Object> pageArgs = new ArrayList<>(args);
		pageArgs.add(page.limit());
		pageArgs.add(page.offset());
		List<AuditEntry> items = jdbc
			.sql("select id, at, actor_id, action, target_type, target_id, outcome, before::text as before, "
					+ "after::text as after, request_id from audit_entry" + where
					+ " order by at desc, id limit ? offset ?")
			.params(pageArgs)
			.query((rs, row) -> new AuditEntry(rs.getString("id"), rs.getTimestamp("at").toInstant(),
					rs.getString("actor_id"), rs.getString("action"), rs.getString("target_type"),
					rs.getString("target_id"), rs.getInt("outcome"), node(rs.getString("before")),
					node(rs.getString("after")), rs.getString("request_id")))
			.list();
		return new Page(items, total);
	}

	private String text(JsonNode node) {
		return (node == null || node.isMissingNode() || node.isNull()) ? null : json.writeValueAsString(node);
	}

	private JsonNode node(String text) {
		return (text == null) ? null : json.readTree(text);
	}

	/**
	 * What an operator did.
	 *
	 * @param actorId the operator's user id
	 * @param action the action's name, e.g. {@code order.pack}
	 * @param targetType the kind of thing acted on
	 * @param targetId its id
	 */
	public record Action(String actorId, String action, String targetType, String targetId) {
	}

	/** What to list; null parts match everything. */
	public record Filter(String actorId, String targetType, String targetId, Instant from, Instant to) {
	}

	/** One page of entries and the number matching. */
	public record Page(List<AuditEntry> items, long total) {
	}
}
