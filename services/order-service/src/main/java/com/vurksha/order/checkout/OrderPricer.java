package com.vurksha.order.checkout;

import java.time.Instant;
import java.util.List;

import org.springframework.stereotype.Component;

import com.vurksha.order.OrderErrorCode;
import com.vurksha.order.order.OrderLine;
import com.vurksha.order.order.Orders;
import com.vurksha.order.order.Totals;
import com.vurksha.order.pricing.Coupon;
import com.vurksha.order.pricing.CouponDecision;
import com.vurksha.order.pricing.CouponEligibility;
import com.vurksha.order.pricing.DeliveryTerms;
import com.vurksha.order.pricing.PriceLine;
import com.vurksha.order.pricing.Quote;
import com.vurksha.platform.error.ApiException;

/** Prices reserved lines with the pricing policies, applying the zone's terms and the customer's coupon. */
@Component
class OrderPricer {

	private final Orders orders;

	OrderPricer(Orders orders) {
		this.orders = orders;
	}

	Priced price(String userId, List<StockClient.ReservedLine> reserved, SlotClient.Booking booking, Coupon coupon,
			Instant now) {
		List<PriceLine> lines = reserved.stream()
			.map(line -> new PriceLine(line.variantId(), line.price(), line.quantity(), line.gstRateBp()))
			.toList();
		long subtotal = Quote.subtotalOf(lines);
		DeliveryTerms terms = new DeliveryTerms(booking.deliveryFee(), booking.freeDeliveryThreshold(),
				booking.minimumOrderValue());
		if (!terms.accepts(subtotal)) {
			throw new ApiException(OrderErrorCode.BELOW_MINIMUM_ORDER,
					"The minimum order in your area is " + terms.minimumOrderValue() + " paise");
		}
		CouponDecision decision = CouponDecision.NONE;
		if (coupon != null) {
			orders.lockCouponUse(userId, coupon.code());
			decision = CouponEligibility.decide(coupon, subtotal, orders.couponUses(userId, coupon.code()), now);
			if (decision.refused()) {
				throw CouponRefusals.of(coupon.code(), decision.refusal());
			}
		}
		Quote quote = Quote.of(lines, decision, terms);
		List<OrderLine> orderLines = reserved.stream().map(OrderPricer::line).toList();
		return new Priced(orderLines,
				new Totals(quote.subtotal(), quote.discount(), quote.deliveryFee(), quote.tax(), quote.total()));
	}

	private static OrderLine line(StockClient.ReservedLine r) {
		PriceLine priced = new PriceLine(r.variantId(), r.price(), r.quantity(), r.gstRateBp());
		return new OrderLine(r.variantId(), r.productId(), r.productName(), r.productNameHi(), r.variantLabel(),
				r.unit(), r.unitValue(), r.farmId(), r.farmName(), r.price(), r.mrp(), r.quantity(), priced.total(),
				r.gstRateBp(), r.hsnCode(), priced.tax());
	}

	/** Order lines with their snapshots and the order's totals. */
	record Priced(List<OrderLine> lines, Totals totals) {
	}
}
