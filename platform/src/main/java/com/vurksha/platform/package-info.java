/** Business-free building blocks every Vurksha service shares, wired by Spring Boot auto-configuration. */
package com.vurksha.platform;
