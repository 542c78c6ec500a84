/** Stock per variant, the rules for moving it and the ledger of every move. */
package com.vurksha.product.inventory;
