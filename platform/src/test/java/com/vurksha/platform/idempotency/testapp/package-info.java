/** A minimal application that puts the idempotency store behind a real HTTP endpoint. */
package com.vurksha.platform.idempotency.testapp;
