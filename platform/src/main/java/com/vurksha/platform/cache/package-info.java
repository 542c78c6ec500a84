/** Cache-aside over Redis with an in-process first level, and a guard that degrades to a fallback when Redis fails. */
package com.vurksha.platform.cache;
