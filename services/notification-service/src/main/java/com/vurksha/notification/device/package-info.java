/** The push devices a user signed in on, registered by the app with their FCM tokens. */
package com.vurksha.notification.device;
