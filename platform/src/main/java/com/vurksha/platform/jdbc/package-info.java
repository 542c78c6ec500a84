/** Small helpers for the platform's hand-written SQL: UTC timestamps and purges in batches. */
package com.vurksha.platform.jdbc;
