/** One-time passwords sent by SMS: issuing, the rules for checking them, and the limits on sending. */
package com.vurksha.user.otp;
