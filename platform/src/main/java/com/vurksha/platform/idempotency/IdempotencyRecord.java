package com.vurksha.platform.idempotency;

/** What the store holds for one key: whose request it was and, once completed, the answer. */
record IdempotencyRecord(String fingerprint, boolean completed, StoredResponse response) {
}
