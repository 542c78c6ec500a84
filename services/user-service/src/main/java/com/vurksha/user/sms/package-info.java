/** Sending one-time codes by SMS: the sender interface, the MSG91 gateway adapter and a logging stand-in. */
package com.vurksha.user.sms;
