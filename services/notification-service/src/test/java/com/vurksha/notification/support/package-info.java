/** What the notification service's tests share: the running service, a fake FCM on a loopback port, event fixtures. */
package com.vurksha.notification.support;
