/** Products and their variants: what the shop sells, in which packs and at what price. */
package com.vurksha.product.catalog;
