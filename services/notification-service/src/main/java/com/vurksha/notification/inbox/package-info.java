/** The in-app inbox: every notification a user was sent, newest first, with what they have read. */
package com.vurksha.notification.inbox;
