/** Which channels besides the in-app inbox a user wants: push, SMS and e-mail, all on until switched off. */
package com.vurksha.notification.preference;
