/** The cart service: each customer's cart in Redis, priced from the product service's current prices. */
package com.vurksha.cart;
