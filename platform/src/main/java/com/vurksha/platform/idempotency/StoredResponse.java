package com.vurksha.platform.idempotency;

import java.util.List;
import java.util.Map;

/** A response as kept for replay: status, the headers the controller set, and the JSON body (or null). */
record StoredResponse(int status, Map<String, List<String>> headers, String body) {
}
