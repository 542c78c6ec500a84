package com.vurksha.admin.console;

import java.io.IOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import jakarta.servlet.http.HttpSession;

import org.springframework.http.HttpMethod;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import tools.jackson.databind.JsonNode;

/**
 * Adds a picture to a product. The operator's browser posts the file to the console, which starts an upload at the
 * file service, sends the bytes to the presigned storage URL itself, completes the upload and sets the product's
 * pictures: the pages then need no script for it and no storage origin in their Content-Security-Policy, and the
 * storage needs no CORS rule for the console. The bytes pass through the admin service (at most 10 MB each).
 */
@Controller
class ProductPhotos {

	static final long MAX_BYTES = 10L * 1024 * 1024;

	static final String BY_ADDRESS_ONLY = "This product has pictures set by their address, which the product service's "
			+ "images API would drop; replace them with uploaded pictures through its API first.";

	private static final Set<String> TYPES = Set.of("image/jpeg", "image/png", "image/webp", "image/heic",
			"image/heif");

	private final OperatorActions actions;

	private final OwningServices services;

	private final OperatorSessions sessions;

	ProductPhotos(OperatorActions actions, OwningServices services, OperatorSessions sessions) {
		this.actions = actions;
		this.services = services;
		this.sessions = sessions;
	}

	@PostMapping("/admin/products/{id}/photos")
	String upload(@PathVariable String id, @RequestParam("photo") MultipartFile photo, HttpSession session,
			RedirectAttributes redirect) throws IOException {
		String back = "redirect:/admin/products/" + Forms.segment(id);
		if (photo.isEmpty() || photo.getSize() > MAX_BYTES || !TYPES.contains(photo.getContentType())) {
			redirect.addFlashAttribute("problem", "Choose a JPEG, PNG, WebP or HEIC picture of at most 10 MB.");
			return back;
		}
		JsonNode product = actions.current(session, Owner.PRODUCT, "/api/v1/admin/products/{id}", id);
		if (hasPicturesByAddressOnly(product)) {
			redirect.addFlashAttribute("problem", BY_ADDRESS_ONLY);
			return back;
		}
		byte[] bytes = photo.getBytes();
		String token = sessions.accessToken(session);
		Map<String, Object> start = new LinkedHashMap<>();
		start.put("purpose", "product-image");
		start.put("contentType", photo.getContentType());
		start.put("sizeBytes", bytes.length);
		start.put("sha256", sha256(bytes));
		Answer ticket = services.call(Owner.FILE, HttpMethod.POST, "/api/v1/files/uploads", start, token);
		if (!ticket.ok()) {
			redirect.addFlashAttribute("problem", ticket.problem());
			return back;
		}
		Map<String, String> headers = new LinkedHashMap<>();
		ticket.data().path("headers").properties().forEach(h -> headers.put(h.getKey(), h.getValue().asString("")));
		int stored = services.put(Owner.FILE, ticket.data().path("url").asString(""), headers, bytes);
		if (stored < 200 || stored >= 300) {
			redirect.addFlashAttribute("problem", "The picture storage refused the upload (" + stored + "); try again.");
			return back;
		}
		Answer file = services.call(Owner.FILE, HttpMethod.POST, "/api/v1/files/uploads/{id}/complete", null, token,
				ticket.data().path("uploadId").asString(""));
		if (!file.ok()) {
			redirect.addFlashAttribute("problem", file.problem());
			return back;
		}
		List<String> fileIds = new ArrayList<>(fileIds(product));
		fileIds.add(file.data().path("fileId").asString(""));
		Answer answer = actions.act(session, new OperatorActions.Step("product.images", "product", id), product,
				Owner.PRODUCT, HttpMethod.PUT, "/api/v1/admin/products/{id}/images", Map.of("fileIds", fileIds), id);
		Forms.tell(redirect, answer, "Picture added.");
		return back;
	}

	/**
	 * Whether some picture of the product has no file id (set by its address): the images API takes file ids only and
	 * would drop it, so the console changes no picture of such a product.
	 */
	static boolean hasPicturesByAddressOnly(JsonNode product) {
		return product != null && fileIds(product).size() < product.path("images").size();
	}

	/** The file ids of a product's pictures in display order (pictures known only by a URL have none). */
	static List<String> fileIds(JsonNode product) {
		List<String> ids = new ArrayList<>();
		if (product != null) {
			for (JsonNode image : product.path("images")) {
				String fileId = image.path("fileId").asString("");
				if (!fileId.isBlank()) {
					ids.add(fileId);
				}
			}
		}
		return ids;
	}

	private static String sha256(byte[] bytes) {
		try {
			return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException("SHA-256 is part of every JDK", ex);
		}
	}
}
