package com.vurksha.product.category;

import java.util.List;

/** The whole tree as one cacheable value. */
record CategoryTree(List<CategoryNode> roots) {
}
