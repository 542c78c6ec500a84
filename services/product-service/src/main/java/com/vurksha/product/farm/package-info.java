/** The farms that grow what the shop sells, shown to shoppers and used to attribute every variant. */
package com.vurksha.product.farm;
