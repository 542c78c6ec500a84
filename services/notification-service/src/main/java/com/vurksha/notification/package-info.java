/** The notification service: recipients, devices and preferences, the in-app inbox and outgoing messages. */
package com.vurksha.notification;
