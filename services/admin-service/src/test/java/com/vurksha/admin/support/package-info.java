/**
 * What the admin service's integration tests share: one running service on the machine's real servers, and the
 * services' databases made by their own migrations, whose reporting views it reads.
 */
package com.vurksha.admin.support;
