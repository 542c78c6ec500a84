/** The product service: the farm shop's catalogue, its farms, the stock of every variant and verified reviews. */
package com.vurksha.product;
