/** Who we tell: the recipients' phone, name, e-mail and language, a read model kept from the user service's events. */
package com.vurksha.notification.recipient;
