package com.vurksha.admin.console;

import jakarta.servlet.http.HttpSession;

import org.springframework.http.HttpMethod;
import org.springframework.stereotype.Component;
import tools.jackson.databind.JsonNode;

import com.vurksha.admin.audit.AuditLog;
import com.vurksha.platform.request.RequestIds;

/**
 * Carries out an operator's action through the owning service's admin API with the operator's token, and writes it
 * to the audit log with the thing as it was before (where the owner can show it) and the owner's answer.
 */
@Component
class OperatorActions {

	private final OwningServices services;

	private final OperatorSessions sessions;

	private final AuditLog audit;

	OperatorActions(OwningServices services, OperatorSessions sessions, AuditLog audit) {
		this.services = services;
		this.sessions = sessions;
		this.audit = audit;
	}

	/** Reads something from an owning service with the operator's token. */
	Answer read(HttpSession session, Owner owner, String path, Object... variables) {
		return services.call(owner, HttpMethod.GET, path, null, sessions.accessToken(session), variables);
	}

	/** The thing as its owner shows it now (its data), or null when it cannot be read. */
	JsonNode current(HttpSession session, Owner owner, String path, Object... variables) {
		try {
			Answer answer = read(session, owner, path, variables);
			return answer.ok() ? answer.data() : null;
		}
		catch (OwnerUnavailable ex) {
			return null;
		}
	}

	/**
	 * Does one action and records it once the owner answered, whatever the answer.
	 * @param what the action's name and target, as the audit log keeps them
	 * @param before the thing before the action, or null when nothing shows it
	 */
	Answer act(HttpSession session, Step what, JsonNode before, Owner owner, HttpMethod method, String path,
			Object body, Object... variables) {
		return act(session, what, before, owner, method, path, body, java.util.Map.of(), variables);
	}

	/** As {@link #act(HttpSession, Step, JsonNode, Owner, HttpMethod, String, Object, Object...)}, with headers. */
	Answer act(HttpSession session, Step what, JsonNode before, Owner owner, HttpMethod method, String path,
			Object body, java.util.Map<String, String> headers, Object... variables) {
		OperatorTokens operator = sessions.current(session);
		Answer answer = services.call(owner, method, path, body, operator.accessToken(), headers, variables);
		audit.record(new AuditLog.Action(operator.operatorId(), what.action(), what.targetType(), what.targetId()),
				answer.status(), before, answer.body(), RequestIds.current());
		return answer;
	}

	/** What an action is called in the audit log, and what it acts on. */
	record Step(String action, String targetType, String targetId) {
	}
}
