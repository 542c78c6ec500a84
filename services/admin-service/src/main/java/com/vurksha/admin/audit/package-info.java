/** The audit log: every operator action made through the console, who made it, when, and what it changed. */
package com.vurksha.admin.audit;
