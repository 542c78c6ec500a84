/** Servlet-level wiring of the platform: filters, the error endpoint and default settings. */
package com.vurksha.platform.web;
