/** The error envelope, the error-code catalogue and the mapping of every failure onto them. */
package com.vurksha.platform.error;
