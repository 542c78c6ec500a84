package com.vurksha.platform.cache.testapp;

import org.springframework.boot.autoconfigure.SpringBootApplication;

/** An empty service: whatever it can do comes from the platform's auto-configuration. */
@SpringBootApplication
public class CachingTestApplication {

}
