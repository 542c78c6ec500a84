/** Time: the one clock a service reads. */
package com.vurksha.platform.time;
