/**
 * Sending text messages to phones: the sender interface, the MSG91 flow adapter and a logging stand-in, chosen by
 * {@code vurksha.sms.provider}; services without that setting get no sender at all.
 */
package com.vurksha.platform.sms;
