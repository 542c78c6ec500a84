package com.vurksha.product.catalog;

import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

import com.vurksha.product.BadInput;
import com.vurksha.product.image.ImageFiles;
import com.vurksha.product.image.ProductImage;
import com.vurksha.product.image.ProductImages;

/**
 * Sets a product's pictures from files uploaded to the file service. The file service is asked before the product
 * is locked, so a slow file service never holds a product row; a refusal or an unreachable file service changes
 * nothing.
 */
@Service
class ImageAdministration {

	private final ProductStore store;

	private final ProductQueries queries;

	private final ImageFiles files;

	private final ProductImages images;

	private final CatalogueChanges changes;

	private final TransactionTemplate transactions;

	ImageAdministration(ProductStore store, ProductQueries queries, ImageFiles files, ProductImages images,
			CatalogueChanges changes, TransactionTemplate transactions) {
		this.store = store;
		this.queries = queries;
		this.files = files;
		this.images = images;
		this.changes = changes;
		this.transactions = transactions;
	}

	ProductDetail set(String idOrSlug, ImageSelection selection) {
		List<String> fileIds = distinct(selection.fileIds());
		// an unknown product is a 404 before the file service is asked anything
		ProductAdministration.adminView(queries, idOrSlug);
		List<ProductImage> chosen = files.productImages(fileIds);
		return transactions.execute(status -> {
			ProductRow product = store.lock(idOrSlug).orElseThrow(() -> ProductAdministration.notFound(idOrSlug));
			images.replace(product.id(), chosen);
			ProductDetail detail = ProductAdministration.adminView(queries, product.id());
			changes.imagesChanged(detail, chosen.stream().map(ProductImage::fileId).toList());
			return detail;
		});
	}

	/** Ids compared case-insensitively (UUIDs), each allowed once: a picture is shown once. */
	private static List<String> distinct(List<String> fileIds) {
		Set<String> seen = new HashSet<>();
		for (int i = 0; i < fileIds.size(); i++) {
			if (!seen.add(fileIds.get(i).toLowerCase(Locale.ROOT))) {
				throw BadInput.field("fileIds[" + i + "]", "repeats an earlier file id");
			}
		}
		return List.copyOf(fileIds);
	}
}
