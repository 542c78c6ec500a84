/** Provider webhooks: signature verification before parsing, a log deduplicated by event id, and dispatch. */
package com.vurksha.payment.webhook;
