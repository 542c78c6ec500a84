/**
 * What the notification service's tests share: the running service, a fake FCM on a loopback port, event fixtures,
 * and the reporting schema as its readers see it.
 */
package com.vurksha.notification.support;
