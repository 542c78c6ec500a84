/** Idempotency keys on our API: a retried mutation is executed once and its stored response replayed. */
package com.vurksha.platform.idempotency;
