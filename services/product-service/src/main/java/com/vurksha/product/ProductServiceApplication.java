package com.vurksha.product;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

/**
 * Serves the catalogue (categories, farms, products with variants), keeps stock per variant and holds it for
 * checkouts, and takes reviews from customers who had a product delivered.
 */
@SpringBootApplication
@ConfigurationPropertiesScan
public class ProductServiceApplication {

	public static void main(String[] args) {
		SpringApplication.run(ProductServiceApplication.class, args);
	}
}
