/** What the admin service's integration tests share: one running service on the machine's real servers. */
package com.vurksha.admin.support;
