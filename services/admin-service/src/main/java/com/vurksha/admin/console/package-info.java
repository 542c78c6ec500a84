/**
 * The operator console at {@code /admin/}: server-rendered pages behind a phone-and-code sign-in, whose every action
 * goes through the owning service's admin API with the operator's own token and is written to the audit log.
 */
package com.vurksha.admin.console;
