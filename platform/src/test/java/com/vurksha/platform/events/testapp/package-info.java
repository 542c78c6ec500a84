/** A minimal producing and consuming service for the outbox, relay and inbox tests. */
package com.vurksha.platform.events.testapp;
