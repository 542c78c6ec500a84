package com.vurksha.admin.report;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;

import org.springframework.jdbc.core.simple.JdbcClient;

import com.vurksha.admin.replica.Source;

/**
 * The shop's rows, written into the services' own tables (the reports then read them through the views), around
 * three India-time days: {@link #DAY_ONE}, {@link #DAY_TWO} and the days either side. Times are India time.
 *
 * <ul>
 * <li>Orders: o1 COD delivered 10:15 day one with coupon FRESH10; o6 online delivered 12:00 day one; o2 online
 * confirmed 23:30 day one; o3 COD packed 00:30 day two (18:00 UTC of day one); o4 online paid then cancelled 09:00 day
 * two with FRESH10, refunded in full; o5 online unpaid 11:00 day two with SAVE50; o7 the day before and o8 00:10 the
 * day after (day two in UTC) outside the range.</li>
 * <li>Refunds: o4's 432.00 (its order is cancelled), o6's 50.00 completed 15:00 day two, o6's 10.00 still pending.</li>
 * <li>Slots: North day one 09-11 (10 places, 2 confirmed, 1 held) and 18-20 (5, none), South day one (4, all
 * confirmed), North day two (10, 1 confirmed, 1 released), South day three (6, none).</li>
 * <li>Deliveries: Ravi delivered d1 on time (COD 486.00) and d2 late, failed d3 and d6 (customer unavailable) on day
 * two, and holds d7 whose slot ended 14:00 day two; Asha failed d4 (address not found) on day one and delivered d5
 * the day before.</li>
 * <li>Stock: ghee 0 and rice 1 of a 2-pack minimum (sold out), tomato 4 and carrot 5 available (low), onion 100,
 * spinach withdrawn.</li>
 * <li>Messages: two dead, one sent. Payments: o5's is still open after the provider was asked (unreconciled).</li>
 * </ul>
 */
final class ShopData {

	static final LocalDate DAY_ONE = LocalDate.of(2026, 11, 10);

	static final LocalDate DAY_TWO = LocalDate.of(2026, 11, 11);

	/** 16:00 on day two: the dashboard's "now". */
	static final OffsetDateTime DAY_TWO_AFTERNOON = DAY_TWO.atTime(16, 0).atOffset(ZoneOffset.ofHoursMinutes(5, 30));

	private ShopData() {
	}

	static void insert(Source source, JdbcClient jdbc) {
		String sql = switch (source) {
			case ORDER -> ORDERS;
			case PAYMENT -> PAYMENTS;
			case DELIVERY -> DELIVERIES;
			case PRODUCT -> PRODUCTS;
			case NOTIFICATION -> NOTIFICATIONS;
		};
		jdbc.sql(sql).update();
	}

	private static final String ORDERS = """
			insert into coupon (code, kind, amount, valid_from) values
			  ('FRESH10', 'PERCENT', 1000, '2026-01-01 00:00+05:30'),
			  ('SAVE50', 'FLAT', 5000, '2026-01-01 00:00+05:30');
			insert into customer_order (id, number, user_id, status, payment_status, payment_method, subtotal, discount,
			                            delivery_fee, tax, total, coupon_code, slot_id, address, reservation_id,
			                            booking_id, placed_at, updated_at) values
			  ('o1', 'VK-1', 'u1', 'DELIVERED', 'PENDING_COLLECTION', 'COD', 54000, 5400, 0, 1429, 48600, 'FRESH10',
			   's1', '{}', 'o1', 'o1', '2026-11-10 10:15+05:30', '2026-11-10 10:45+05:30'),
			  ('o6', 'VK-6', 'u2', 'DELIVERED', 'PARTIALLY_REFUNDED', 'ONLINE', 30000, 0, 0, 0, 30000, null,
			   's1', '{}', 'o6', 'o6', '2026-11-10 12:00+05:30', '2026-11-11 15:00+05:30'),
			  ('o2', 'VK-2', 'u3', 'CONFIRMED', 'CAPTURED', 'ONLINE', 24000, 0, 3000, 0, 27000, null,
			   's4', '{}', 'o2', 'o2', '2026-11-10 23:30+05:30', '2026-11-10 23:31+05:30'),
			  ('o3', 'VK-3', 'u1', 'PACKED', 'PENDING_COLLECTION', 'COD', 10000, 0, 3000, 0, 13000, null,
			   's4', '{}', 'o3', 'o3', '2026-11-11 00:30+05:30', '2026-11-11 08:00+05:30'),
			  ('o4', 'VK-4', 'u2', 'CANCELLED', 'REFUNDED', 'ONLINE', 48000, 4800, 0, 0, 43200, 'FRESH10',
			   's4', '{}', 'o4', 'o4', '2026-11-11 09:00+05:30', '2026-11-11 12:00+05:30'),
			  ('o5', 'VK-5', 'u3', 'PENDING_PAYMENT', 'PENDING', 'ONLINE', 30000, 5000, 0, 1429, 25000, 'SAVE50',
			   's4', '{}', 'o5', 'o5', '2026-11-11 11:00+05:30', '2026-11-11 11:00+05:30'),
			  ('o7', 'VK-7', 'u1', 'DELIVERED', 'PENDING_COLLECTION', 'COD', 90000, 9000, 0, 4286, 81000, 'FRESH10',
			   's0', '{}', 'o7', 'o7', '2026-11-09 23:59+05:30', '2026-11-10 11:00+05:30'),
			  ('o8', 'VK-8', 'u2', 'CONFIRMED', 'PENDING_COLLECTION', 'COD', 4000, 0, 3000, 0, 7000, null,
			   's5', '{}', 'o8', 'o8', '2026-11-12 00:10+05:30', '2026-11-12 00:10+05:30');
			insert into order_item (order_id, line_no, variant_id, product_id, product_name, variant_label, unit_price,
			                        quantity, line_total, gst_rate_bp, tax) values
			  ('o1', 1, 'v-onion-1kg', 'p-onion', 'Onion', '1 kg', 12000, 2, 24000, 0, 0),
			  ('o1', 2, 'v-ghee-500ml', 'p-ghee', 'Ghee', '500 ml', 30000, 1, 30000, 500, 1429),
			  ('o6', 1, 'v-tomato-500g', 'p-tomato', 'Tomato', '500 g', 2000, 15, 30000, 0, 0),
			  ('o2', 1, 'v-onion-1kg', 'p-onion', 'Onion', '1 kg', 12000, 2, 24000, 0, 0),
			  ('o3', 1, 'v-tomato-500g', 'p-tomato', 'Tomato', '500 g', 2000, 5, 10000, 0, 0),
			  ('o4', 1, 'v-onion-1kg', 'p-onion', 'Onion', '1 kg', 12000, 4, 48000, 0, 0),
			  ('o5', 1, 'v-ghee-500ml', 'p-ghee', 'Ghee', '500 ml', 30000, 1, 30000, 500, 1429),
			  ('o7', 1, 'v-ghee-500ml', 'p-ghee', 'Ghee', '500 ml', 30000, 3, 90000, 500, 4286),
			  ('o8', 1, 'v-tomato-500g', 'p-tomato', 'Tomato', '500 g', 2000, 2, 4000, 0, 0);
			""";

	private static final String PAYMENTS = """
			insert into payment (id, order_id, order_number, user_id, provider, provider_order_id, amount, currency,
			                     status, refunded_amount, created_at, updated_at, last_checked_at) values
			  ('pay-o2', 'o2', 'VK-2', 'u3', 'simulator', 'po-2', 27000, 'INR', 'CAPTURED', 0,
			   '2026-11-10 23:30+05:30', '2026-11-10 23:31+05:30', null),
			  ('pay-o4', 'o4', 'VK-4', 'u2', 'simulator', 'po-4', 43200, 'INR', 'REFUNDED', 43200,
			   '2026-11-11 09:00+05:30', '2026-11-11 12:00+05:30', null),
			  ('pay-o5', 'o5', 'VK-5', 'u3', 'simulator', 'po-5', 25000, 'INR', 'CREATED', 0,
			   '2026-11-11 11:00+05:30', '2026-11-11 11:20+05:30', '2026-11-11 11:20+05:30'),
			  ('pay-o6', 'o6', 'VK-6', 'u2', 'simulator', 'po-6', 30000, 'INR', 'PARTIALLY_REFUNDED', 5000,
			   '2026-11-10 12:00+05:30', '2026-11-11 15:00+05:30', null);
			insert into payment_transaction (payment_id, provider_reference, type, amount, currency, recorded_at) values
			  ('pay-o2', 'c2', 'CAPTURE', 27000, 'INR', '2026-11-10 23:31+05:30'),
			  ('pay-o4', 'c4', 'CAPTURE', 43200, 'INR', '2026-11-11 09:01+05:30'),
			  ('pay-o4', 'r4', 'REFUND', 43200, 'INR', '2026-11-11 12:00+05:30'),
			  ('pay-o6', 'c6', 'CAPTURE', 30000, 'INR', '2026-11-10 12:01+05:30'),
			  ('pay-o6', 'r6', 'REFUND', 5000, 'INR', '2026-11-11 15:00+05:30');
			insert into refund (id, payment_id, request_key, amount, status, created_at, updated_at) values
			  ('rfd-1', 'pay-o4', 'order-cancelled:o4', 43200, 'PROCESSED', '2026-11-11 11:00+05:30',
			   '2026-11-11 12:00+05:30'),
			  ('rfd-2', 'pay-o6', 'api:a', 5000, 'PROCESSED', '2026-11-11 14:00+05:30', '2026-11-11 15:00+05:30'),
			  ('rfd-3', 'pay-o6', 'api:b', 1000, 'PENDING', '2026-11-11 15:30+05:30', '2026-11-11 15:30+05:30');
			""";

	private static final String DELIVERIES = """
			insert into zone (id, name, hub, delivery_fee, free_delivery_threshold) values
			  ('z-north', 'North', 'Hub 1', 3000, 50000),
			  ('z-south', 'South', 'Hub 2', 3000, 50000);
			insert into slot (id, zone_id, delivery_date, starts_at, ends_at, capacity, cutoff_minutes, booked) values
			  ('s1', 'z-north', '2026-11-10', '2026-11-10 09:00+05:30', '2026-11-10 11:00+05:30', 10, 60, 3),
			  ('s2', 'z-north', '2026-11-10', '2026-11-10 18:00+05:30', '2026-11-10 20:00+05:30', 5, 60, 0),
			  ('s3', 'z-south', '2026-11-10', '2026-11-10 09:00+05:30', '2026-11-10 11:00+05:30', 4, 60, 4),
			  ('s4', 'z-north', '2026-11-11', '2026-11-11 09:00+05:30', '2026-11-11 11:00+05:30', 10, 60, 1),
			  ('s5', 'z-south', '2026-11-12', '2026-11-12 09:00+05:30', '2026-11-12 11:00+05:30', 6, 60, 0);
			insert into slot_booking (booking_id, slot_id, status, created_at, updated_at) values
			  ('b1', 's1', 'CONFIRMED', now(), now()), ('b2', 's1', 'CONFIRMED', now(), now()),
			  ('b3', 's1', 'HELD', now(), now()),
			  ('b4', 's3', 'CONFIRMED', now(), now()), ('b5', 's3', 'CONFIRMED', now(), now()),
			  ('b6', 's3', 'CONFIRMED', now(), now()), ('b7', 's3', 'CONFIRMED', now(), now()),
			  ('b8', 's4', 'CONFIRMED', now(), now()), ('b9', 's4', 'RELEASED', now(), now());
			insert into rider (id, phone, name, zone_id, shift_start, shift_end, capacity) values
			  ('r-ravi', '+919000000101', 'Ravi Kumar', 'z-north', '08:00', '20:00', 3),
			  ('r-asha', '+919000000102', 'Asha Rao', 'z-south', '08:00', '20:00', 3);
			insert into delivery (id, order_id, order_number, customer_id, zone_id, slot_id, slot_start, slot_end, address,
			                      amount_to_collect, status, rider_id, failure_reason, follow_up, delivered_at,
			                      created_at, updated_at) values
			  ('d1', 'o1', 'VK-1', 'u1', 'z-north', 's1', '2026-11-10 09:00+05:30', '2026-11-10 11:00+05:30', '{}',
			   48600, 'DELIVERED', 'r-ravi', null, null, '2026-11-10 10:45+05:30',
			   '2026-11-10 08:00+05:30', '2026-11-10 10:45+05:30'),
			  ('d2', 'o6', 'VK-6', 'u2', 'z-north', 'sx', '2026-11-10 11:00+05:30', '2026-11-10 13:00+05:30', '{}',
			   0, 'DELIVERED', 'r-ravi', null, null, '2026-11-10 13:20+05:30',
			   '2026-11-10 10:00+05:30', '2026-11-10 13:20+05:30'),
			  ('d3', 'x1', 'VK-11', 'u4', 'z-north', 's4', '2026-11-11 09:00+05:30', '2026-11-11 11:00+05:30', '{}',
			   20000, 'FAILED', 'r-ravi', 'CUSTOMER_UNAVAILABLE', 'RETURN_TO_HUB', null,
			   '2026-11-11 08:00+05:30', '2026-11-11 10:00+05:30'),
			  ('d4', 'x2', 'VK-12', 'u5', 'z-south', 's3', '2026-11-10 09:00+05:30', '2026-11-10 11:00+05:30', '{}',
			   0, 'FAILED', 'r-asha', 'ADDRESS_NOT_FOUND', 'RETURN_TO_HUB', null,
			   '2026-11-10 08:00+05:30', '2026-11-10 16:00+05:30'),
			  ('d5', 'x3', 'VK-13', 'u6', 'z-south', 'sy', '2026-11-09 18:00+05:30', '2026-11-09 20:00+05:30', '{}',
			   9999, 'DELIVERED', 'r-asha', null, null, '2026-11-09 20:00+05:30',
			   '2026-11-09 17:00+05:30', '2026-11-09 20:00+05:30'),
			  ('d6', 'x4', 'VK-14', 'u7', 'z-north', 'sz', '2026-11-11 17:00+05:30', '2026-11-11 19:00+05:30', '{}',
			   0, 'FAILED', 'r-ravi', 'CUSTOMER_UNAVAILABLE', 'RETURN_TO_HUB', null,
			   '2026-11-11 16:30+05:30', '2026-11-11 18:00+05:30'),
			  ('d7', 'x5', 'VK-15', 'u8', 'z-north', 'sw', '2026-11-11 12:00+05:30', '2026-11-11 14:00+05:30', '{}',
			   0, 'PICKED_UP', 'r-ravi', null, null, null,
			   '2026-11-11 11:00+05:30', '2026-11-11 12:30+05:30'),
			  ('d8', 'x6', 'VK-16', 'u9', 'z-north', 'sv', '2026-11-11 18:00+05:30', '2026-11-11 20:00+05:30', '{}',
			   0, 'UNASSIGNED', null, null, null, null,
			   '2026-11-11 15:00+05:30', '2026-11-11 15:00+05:30');
			""";

	private static final String PRODUCTS = """
			insert into category (id, slug, name) values ('c-food', 'food', 'Food');
			insert into farm (id, slug, name, state) values ('f-1', 'green-acres', 'Green Acres', 'Karnataka');
			insert into product (id, slug, name, category_id, farm_id, active) values
			  ('p-onion', 'onion', 'Onion', 'c-food', 'f-1', true),
			  ('p-tomato', 'tomato', 'Tomato', 'c-food', 'f-1', true),
			  ('p-ghee', 'ghee', 'Ghee', 'c-food', 'f-1', true),
			  ('p-carrot', 'carrot', 'Carrot', 'c-food', 'f-1', true),
			  ('p-rice', 'rice', 'Rice', 'c-food', 'f-1', true),
			  ('p-spinach', 'spinach', 'Spinach', 'c-food', 'f-1', true);
			insert into variant (id, product_id, unit, unit_value, price_paise, mrp_paise, min_quantity, max_per_order,
			                     active) values
			  ('v-onion-1kg', 'p-onion', 'KG', 1, 12000, 13000, 1, 10, true),
			  ('v-tomato-500g', 'p-tomato', 'G', 500, 2000, 2500, 1, 10, true),
			  ('v-ghee-500ml', 'p-ghee', 'ML', 500, 30000, 32000, 1, 10, true),
			  ('v-carrot-1kg', 'p-carrot', 'KG', 1, 6000, 6000, 1, 10, true),
			  ('v-rice-5kg', 'p-rice', 'KG', 5, 40000, 45000, 2, 10, true),
			  ('v-spinach-bunch', 'p-spinach', 'BUNCH', 1, 2000, 2000, 1, 10, false);
			insert into inventory (variant_id, on_hand, reserved) values
			  ('v-onion-1kg', 100, 0), ('v-tomato-500g', 6, 2), ('v-ghee-500ml', 0, 0), ('v-carrot-1kg', 5, 0),
			  ('v-rice-5kg', 7, 6), ('v-spinach-bunch', 0, 0);
			""";

	private static final String NOTIFICATIONS = """
			insert into outgoing_message (id, event_id, event_type, user_id, channel, destination, body, status, attempts,
			                              next_attempt_at, last_error, created_at, updated_at) values
			  ('m1', 'e1', 'order.order.confirmed', 'u1', 'SMS', '+919000000001', 'x', 'DEAD', 5, now(),
			   'IllegalStateException: 500', now(), now()),
			  ('m2', 'e2', 'order.order.confirmed', 'u2', 'PUSH', 'token', 'x', 'DEAD', 1, now(),
			   'PermanentRefusal: unregistered', now(), now()),
			  ('m3', 'e3', 'order.order.confirmed', 'u3', 'SMS', '+919000000003', 'x', 'SENT', 0, now(), null, now(), now());
			""";
}
