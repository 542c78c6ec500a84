/**
 * Turns the order, delivery and user events into notifications: one consumer queue through the platform inbox, the
 * in-app notification and the outgoing messages written in the event's transaction.
 */
package com.vurksha.notification.events;
