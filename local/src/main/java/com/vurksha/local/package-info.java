/** One command that runs the whole system on one machine: embedded infrastructure, then every service. */
package com.vurksha.local;
