/** The category tree the app browses by: vegetables, fruits, dairy and their sub-categories. */
package com.vurksha.product.category;
