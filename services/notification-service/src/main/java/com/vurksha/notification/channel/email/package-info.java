/** E-mail through an SMTP server (Spring's JavaMailSender), or to the log on a developer's machine. */
package com.vurksha.notification.channel.email;
