/**
 * The words of every notification: one properties file per event type and language under
 * {@code notifications/<language>/}, with named placeholders filled from the event.
 */
package com.vurksha.notification.template;
