/**
 * SMS through the platform's {@link com.vurksha.platform.sms.SmsSender} (MSG91 or the log), with one generic flow
 * template.
 */
package com.vurksha.notification.channel.sms;
