package com.vurksha.admin.console;

import java.util.UUID;

import org.springframework.core.env.Environment;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

/**
 * The owning services' reporting views as the console reads them, made as tables in the test's own database (the
 * test service's replica connections point there) with the columns the views publish.
 */
final class ReportingFixtures {

	private ReportingFixtures() {
	}

	/** Makes the views where the service's replica connections read, and answers a writable client to them. */
	static JdbcClient create(Environment environment) {
		JdbcClient jdbc = JdbcClient.create(new DriverManagerDataSource(
				environment.getRequiredProperty("vurksha.admin.replicas.sources.order"), "postgres", ""));
		jdbc.sql("""
				create schema if not exists reporting;
				create table if not exists reporting.orders_v1 (order_id text, order_number text, user_id text,
				  status text, payment_method text, payment_status text, placed_at timestamptz, placed_on date,
				  items_subtotal_paise bigint, discount_paise bigint, gst_paise bigint, delivery_fee_paise bigint,
				  total_paise bigint, coupon_code text, line_count bigint, item_quantity bigint, delivery_slot_id text,
				  delivery_zone_id text, delivery_slot_start_at timestamptz, delivery_slot_end_at timestamptz,
				  delivery_date date, confirmed_at timestamptz, packed_at timestamptz, delivered_at timestamptz,
				  cancelled_at timestamptz, cancelled_by text, failed_delivery_attempts bigint, updated_at timestamptz);
				create table if not exists reporting.order_lines_v1 (order_id text, line_no integer, product_name text,
				  variant_label text, quantity integer, unit_price_paise bigint, line_total_paise bigint);
				create table if not exists reporting.payments_v1 (payment_id text, order_id text, status text,
				  amount_paise bigint, captured_paise bigint, refunded_paise bigint, created_at timestamptz);
				create table if not exists reporting.refunds_v1 (refund_id text, order_id text, status text,
				  amount_paise bigint, requested_by text, created_at timestamptz);
				create table if not exists reporting.deliveries_v1 (delivery_id text, order_id text, status text,
				  attempt integer, rider_id text, delivered_at timestamptz, failure_reason text, created_at timestamptz);
				create table if not exists reporting.stock_v1 (variant_id text, product_id text, product_name text,
				  variant_label text, on_hand_quantity integer, reserved_quantity integer, available_quantity integer,
				  min_quantity integer, in_stock boolean, variant_active boolean, product_active boolean,
				  stock_updated_at timestamptz);
				create table if not exists reporting.products_v1 (product_id text, slug text, name text,
				  category_name text, farm_name text, active boolean, updated_at timestamptz)
				""").update();
		return jdbc;
	}

	/** An order placed now for delivery on {@code date} (yyyy-MM-dd) in the zone; answers its id. */
	static String order(JdbcClient jdbc, String status, String zone, String date) {
		String id = "ord-" + UUID.randomUUID();
		jdbc.sql("""
				insert into reporting.orders_v1 (order_id, order_number, user_id, status, payment_method,
				  payment_status, placed_at, placed_on, items_subtotal_paise, discount_paise, delivery_fee_paise,
				  total_paise, delivery_slot_id, delivery_zone_id, delivery_slot_start_at, delivery_slot_end_at,
				  delivery_date, failed_delivery_attempts)
				values (?, ?, 'customer-1', ?, 'COD', 'PENDING', now(), current_date, 25000, 0, 3000, 28000, 'slot-1',
				  ?, ?::date + time '09:00', ?::date + time '11:00', ?::date, 0)""")
			.params(id, "VK-" + id.substring(4, 12), status, zone, date, date, date)
			.update();
		jdbc.sql("insert into reporting.order_lines_v1 values (?, 1, 'Tomatoes', '1 kg', 2, 12500, 25000)")
			.param(id)
			.update();
		return id;
	}

	/** A captured online payment of the order; answers its id. */
	static String capturedPayment(JdbcClient jdbc, String orderId, long paise) {
		String id = "pay-" + UUID.randomUUID();
		jdbc.sql("insert into reporting.payments_v1 values (?, ?, 'CAPTURED', ?, ?, 0, now())")
			.params(id, orderId, paise, paise)
			.update();
		return id;
	}
}
