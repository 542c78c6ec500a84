/** Migrations of the platform's own tables, run in every service's database before the service's migrations. */
package com.vurksha.platform.migration;
