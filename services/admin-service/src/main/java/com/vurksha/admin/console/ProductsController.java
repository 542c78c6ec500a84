package com.vurksha.admin.console;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import jakarta.servlet.http.HttpSession;

import org.springframework.http.HttpMethod;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.util.UriComponentsBuilder;

import com.vurksha.admin.DateRange;
import com.vurksha.admin.replica.Replicas;

/**
 * Products: the list (from the product service's reporting view), and one product as operators see it, whose
 * details, pack prices and pictures change through the product service's admin API.
 */
@Controller
class ProductsController {

	private final ReplicaReads reads;

	private final OperatorActions actions;

	ProductsController(ReplicaReads reads, OperatorActions actions) {
		this.reads = reads;
		this.actions = actions;
	}

	@GetMapping("/admin/products")
	String list(@RequestParam(required = false) String q, @RequestParam(required = false) Integer page,
			Model model) {
		String name = Forms.blankToNull(q);
		Replicas.Read<Listing<Map<String, Object>>> read = reads.products(name, Listing.page(page));
		model.addAttribute("q", name);
		model.addAttribute("products", read.value());
		model.addAttribute("asOf", read.dataAsOf().atZone(DateRange.INDIA));
		model.addAttribute("pageBase", UriComponentsBuilder.fromPath("/admin/products")
			.queryParamIfPresent("q", Optional.ofNullable(name))
			.encode()
			.toUriString());
		return "console/products";
	}

	@GetMapping("/admin/products/{id}")
	String product(@PathVariable String id, Model model, HttpSession session) {
		Answer answer = actions.read(session, Owner.PRODUCT, "/api/v1/admin/products/{id}", id);
		model.addAttribute("id", id);
		if (answer.ok()) {
			model.addAttribute("product", answer.data());
		}
		else {
			model.addAttribute("loadProblem", answer.problem());
		}
		return "console/product";
	}

	/** Changes the product's names, description and whether it is in the shop. */
	@PostMapping("/admin/products/{id}")
	String change(@PathVariable String id, @RequestParam(required = false) String name,
			@RequestParam(required = false) String nameHi, @RequestParam(required = false) String description,
			@RequestParam(required = false) String active, HttpSession session, RedirectAttributes redirect) {
		Map<String, Object> changes = new LinkedHashMap<>();
		put(changes, "name", Forms.blankToNull(name));
		put(changes, "nameHi", Forms.blankToNull(nameHi));
		put(changes, "description", (description != null) ? description.strip() : null);
		changes.put("active", "true".equals(active));
		Answer answer = actions.act(session, new OperatorActions.Step("product.update", "product", id),
				actions.current(session, Owner.PRODUCT, "/api/v1/admin/products/{id}", id), Owner.PRODUCT,
				HttpMethod.PATCH, "/api/v1/admin/products/{id}", changes, id);
		Forms.tell(redirect, answer, "Product saved.");
		return "redirect:/admin/products/" + Forms.segment(id);
	}

	/** Changes a pack's price and MRP (typed in rupees) and whether it is sold. */
	@PostMapping("/admin/products/{id}/variants/{variantId}")
	String changeVariant(@PathVariable String id, @PathVariable String variantId,
			@RequestParam(required = false) String price, @RequestParam(required = false) String mrp,
			@RequestParam(required = false) String active, HttpSession session, RedirectAttributes redirect) {
		Map<String, Object> changes = new LinkedHashMap<>();
		try {
			put(changes, "price", Forms.paise(price));
			put(changes, "mrp", Forms.paise(mrp));
		}
		catch (ArithmeticException | NumberFormatException ex) {
			redirect.addFlashAttribute("problem", "Prices must be rupees with at most two decimals.");
			return "redirect:/admin/products/" + Forms.segment(id);
		}
		changes.put("active", "true".equals(active));
		Answer answer = actions.act(session, new OperatorActions.Step("variant.update", "variant", variantId),
				actions.current(session, Owner.PRODUCT, "/api/v1/admin/products/{id}", id), Owner.PRODUCT,
				HttpMethod.PATCH, "/api/v1/admin/products/{id}/variants/{variantId}", changes, id, variantId);
		Forms.tell(redirect, answer, "Pack saved.");
		return "redirect:/admin/products/" + Forms.segment(id);
	}

	/** Takes one picture off the product, keeping the others in their order. */
	@PostMapping("/admin/products/{id}/photos/{fileId}/remove")
	String removePhoto(@PathVariable String id, @PathVariable String fileId, HttpSession session,
			RedirectAttributes redirect) {
		tools.jackson.databind.JsonNode product = actions.current(session, Owner.PRODUCT,
				"/api/v1/admin/products/{id}", id);
		if (ProductPhotos.hasPicturesByAddressOnly(product)) {
			redirect.addFlashAttribute("problem", ProductPhotos.BY_ADDRESS_ONLY);
			return "redirect:/admin/products/" + Forms.segment(id);
		}
		List<String> kept = ProductPhotos.fileIds(product).stream().filter(f -> !f.equals(fileId)).toList();
		Answer answer = actions.act(session, new OperatorActions.Step("product.images", "product", id), product,
				Owner.PRODUCT, HttpMethod.PUT, "/api/v1/admin/products/{id}/images", Map.of("fileIds", kept), id);
		Forms.tell(redirect, answer, "Picture removed.");
		return "redirect:/admin/products/" + Forms.segment(id);
	}

	private static void put(Map<String, Object> changes, String field, Object value) {
		if (value != null) {
			changes.put(field, value);
		}
	}
}
