/** Background work every replica runs on a fixed delay, such as relaying the outbox and purging old rows. */
package com.vurksha.platform.jobs;
