package com.vurksha.product.reservation;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.springframework.stereotype.Component;

import com.vurksha.platform.error.ApiException;
import com.vurksha.platform.error.FieldViolation;
import com.vurksha.product.BadInput;
import com.vurksha.product.ProductErrorCode;

/**
 * What a reservation request must satisfy before stock is looked at: each variant once, every variant known (404)
 * and on sale (409), every quantity a count the pack may be ordered in (400).
 */
@Component
class ReservationRules {

	List<RequestedLine> distinctLines(List<RequestedLine> lines) {
		Set<String> seen = new HashSet<>();
		for (int i = 0; i < lines.size(); i++) {
			if (!seen.add(lines.get(i).variantId())) {
				throw BadInput.field("lines[" + i + "].variantId",
						"variant " + lines.get(i).variantId() + " appears more than once; send one line per variant");
			}
		}
		return List.copyOf(lines);
	}

	/** The reserved lines with their snapshots, or the first kind of problem found across all lines. */
	List<ReservedLine> sellableLines(List<RequestedLine> lines, Map<String, Sellable> sellables) {
		List<FieldViolation> unknown = new ArrayList<>();
		List<FieldViolation> withdrawn = new ArrayList<>();
		List<FieldViolation> badQuantities = new ArrayList<>();
		for (int i = 0; i < lines.size(); i++) {
			RequestedLine line = lines.get(i);
			Sellable sellable = sellables.get(line.variantId());
			if (sellable == null) {
				unknown.add(new FieldViolation(line.variantId(), "no such variant"));
			}
			else if (!sellable.active()) {
				withdrawn.add(new FieldViolation(line.variantId(), "no longer sold"));
			}
			else {
				int index = i;
				sellable.packQuantity()
					.problemWith(line.quantity())
					.ifPresent(problem -> badQuantities.add(new FieldViolation("lines[" + index + "].quantity", problem)));
			}
		}
		if (!unknown.isEmpty()) {
			throw new ApiException(ProductErrorCode.VARIANT_NOT_FOUND, "Unknown variants: " + fields(unknown))
				.withDetails(unknown);
		}
		if (!withdrawn.isEmpty()) {
			throw new ApiException(ProductErrorCode.VARIANT_UNAVAILABLE, "No longer sold: " + fields(withdrawn))
				.withDetails(withdrawn);
		}
		if (!badQuantities.isEmpty()) {
			throw BadInput.field(badQuantities.get(0).field(), badQuantities.get(0).message())
				.withDetails(badQuantities);
		}
		return lines.stream().map(line -> sellables.get(line.variantId()).reserve(line.quantity())).toList();
	}

	/** A variant without a stock row has never been stocked: it is as unknown to a checkout as a missing one. */
	void requireStockRows(List<RequestedLine> lines, Set<String> stocked) {
		List<FieldViolation> missing = lines.stream()
			.filter(line -> !stocked.contains(line.variantId()))
			.map(line -> new FieldViolation(line.variantId(), "not stocked"))
			.toList();
		if (!missing.isEmpty()) {
			throw new ApiException(ProductErrorCode.VARIANT_NOT_FOUND, "Not stocked: " + fields(missing))
				.withDetails(missing);
		}
	}

	private static String fields(List<FieldViolation> violations) {
		return String.join(", ", violations.stream().map(FieldViolation::field).toList());
	}
}
