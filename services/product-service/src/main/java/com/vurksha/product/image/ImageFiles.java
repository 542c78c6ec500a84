package com.vurksha.product.image;

import java.util.ArrayList;
import java.util.List;

import org.springframework.stereotype.Component;
import org.springframework.web.client.HttpClientErrorException;
import org.springframework.web.client.RestClient;
import org.springframework.web.client.RestClientException;

import com.vurksha.platform.error.ApiException;
import com.vurksha.platform.error.CommonErrorCode;
import com.vurksha.platform.error.FieldViolation;
import com.vurksha.platform.http.ServiceClients;
import com.vurksha.product.ProductErrorCode;

/**
 * Asks the file service ({@code GET /internal/v1/files/{fileId}}, with this service's own token) what an operator's
 * chosen files are, and accepts only finished product images. An unreachable file service is a retryable 503: nothing
 * is changed, and the operator may send the same request again.
 */
@Component
public class ImageFiles {

	static final String PRODUCT_IMAGE = "product-image";

	static final String READY = "READY";

	static final String FILE_NOT_FOUND = "FILE_NOT_FOUND";

	private final RestClient client;

	ImageFiles(ServiceClients clients, FileServiceProperties properties) {
		this.client = clients.create("file", properties.file());
	}

	/**
	 * The pictures of these files, in the same order.
	 *
	 * @throws ApiException {@code PRODUCT_IMAGE_INVALID} naming the first file that is unknown, deleted, not a
	 * product image or not processed yet; {@code SERVICE_UNAVAILABLE} when the file service gives no usable answer
	 */
	public List<ProductImage> productImages(List<String> fileIds) {
		List<ProductImage> images = new ArrayList<>(fileIds.size());
		for (int i = 0; i < fileIds.size(); i++) {
			images.add(productImage(i, fileIds.get(i)));
		}
		return images;
	}

	private ProductImage productImage(int index, String fileId) {
		StoredFile file = read(index, fileId);
		if (!PRODUCT_IMAGE.equals(file.purpose())) {
			throw invalid(index, fileId, "is a " + file.purpose() + " file, not a product image");
		}
		if (!READY.equals(file.status())) {
			throw invalid(index, fileId, "is not processed yet (" + file.status() + ")");
		}
		Variants variants = file.variants();
		if (variants == null || !usable(variants.thumb()) || !usable(variants.card()) || !usable(variants.full())) {
			throw new ApiException(CommonErrorCode.SERVICE_UNAVAILABLE,
					"The file service answered file " + fileId + " without its thumb, card and full variants");
		}
		return new ProductImage(file.fileId(), variants.thumb(), variants.card(), variants.full());
	}

	private StoredFile read(int index, String fileId) {
		try {
			Envelope answer = client.get().uri("/internal/v1/files/{fileId}", fileId).retrieve().body(Envelope.class);
			if (answer == null || answer.data() == null || !fileId.equalsIgnoreCase(answer.data().fileId())) {
				throw new ApiException(CommonErrorCode.SERVICE_UNAVAILABLE,
						"The file service gave no usable answer for file " + fileId);
			}
			return answer.data();
		}
		catch (HttpClientErrorException.NotFound ex) {
			if (!FILE_NOT_FOUND.equals(errorCode(ex))) {
				// a 404 that is not the file service's own answer (a wrong base URL, a route missing): no verdict
				throw new ApiException(CommonErrorCode.SERVICE_UNAVAILABLE,
						"The file service's address answered 404 without FILE_NOT_FOUND for file " + fileId, ex);
			}
			throw invalid(index, fileId, "is not a file the file service knows (unknown or deleted)");
		}
		catch (RestClientException ex) {
			throw new ApiException(CommonErrorCode.SERVICE_UNAVAILABLE,
					"The file service gave no usable answer for file " + fileId, ex);
		}
	}

	private static String errorCode(HttpClientErrorException ex) {
		try {
			ErrorEnvelope body = ex.getResponseBodyAs(ErrorEnvelope.class);
			return (body == null || body.error() == null) ? null : body.error().code();
		}
		catch (RuntimeException unreadable) {
			return null;
		}
	}

	private static boolean usable(ImageVariant variant) {
		return variant != null && variant.url() != null && !variant.url().isBlank();
	}

	private static ApiException invalid(int index, String fileId, String problem) {
		return new ApiException(ProductErrorCode.PRODUCT_IMAGE_INVALID, "File " + fileId + " " + problem)
			.withDetails(List.of(new FieldViolation("fileIds[" + index + "]", fileId + " " + problem)));
	}

	/** The file service's success envelope; only its data is read. */
	record Envelope(StoredFile data) {
	}

	/** The file service's error envelope; only the code is read. */
	record ErrorEnvelope(Error error) {

		record Error(String code) {
		}
	}

	/** A file as the file service describes it. */
	record StoredFile(String fileId, String purpose, String status, Variants variants) {
	}

	/** The renditions of an image file. */
	record Variants(ImageVariant thumb, ImageVariant card, ImageVariant full) {
	}
}
