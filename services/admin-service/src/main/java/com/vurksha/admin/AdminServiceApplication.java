package com.vurksha.admin;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

/**
 * Runs the operators' day: reports read from the services' read replicas, the audit log of operator actions, and the
 * console at {@code /admin/}, whose every action goes through the owning service's admin API.
 */
@SpringBootApplication
@ConfigurationPropertiesScan
public class AdminServiceApplication {

	public static void main(String[] args) {
		SpringApplication.run(AdminServiceApplication.class, args);
	}
}
