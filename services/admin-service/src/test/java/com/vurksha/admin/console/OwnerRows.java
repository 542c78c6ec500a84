package com.vurksha.admin.console;

import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;

import com.vurksha.admin.replica.Source;
import com.vurksha.admin.support.ServiceDatabases;

/**
 * Orders and payments written into the owning services' own tables, in databases their migrations made; the console
 * reads them through the services' reporting views, as it does in production.
 */
final class OwnerRows {

	private final ServiceDatabases databases;

	OwnerRows(ServiceDatabases databases) {
		this.databases = databases;
	}

	/**
	 * A cash-on-delivery order of one line (2 × 1 kg tomatoes, ₹250 and ₹30 delivery) placed now, for delivery on
	 * {@code date} (yyyy-MM-dd) 09:00-11:00 India time in the zone; answers its id, whose order number is
	 * {@link #number(String)}.
	 */
	String order(String status, String zone, String date) {
		String id = "ord-" + UUID.randomUUID();
		JdbcClient orders = databases.jdbc(Source.ORDER);
		orders.sql("""
				insert into customer_order (id, number, user_id, status, payment_status, payment_method, subtotal,
				                            discount, delivery_fee, tax, total, slot_id, slot_start, slot_end, zone_id,
				                            address, reservation_id, booking_id, placed_at, updated_at)
				values (:id, :number, 'customer-1', :status, 'PENDING_COLLECTION', 'COD', 25000, 0, 3000, 0, 28000,
				        'slot-1', (cast(:date as date) + time '09:00') at time zone 'Asia/Kolkata',
				        (cast(:date as date) + time '11:00') at time zone 'Asia/Kolkata', :zone, '{}', :id, :id, now(),
				        now())""")
			.param("id", id)
			.param("number", number(id))
			.param("status", status)
			.param("date", date)
			.param("zone", zone)
			.update();
		orders.sql("""
				insert into order_item (order_id, line_no, variant_id, product_id, product_name, variant_label,
				                        unit_price, quantity, line_total, gst_rate_bp, tax)
				values (?, 1, 'var-1', 'prod-1', 'Tomatoes', '1 kg', 12500, 2, 25000, 0, 0)""")
			.param(id)
			.update();
		return id;
	}

	/** The order number of an order of {@link #order}. */
	static String number(String orderId) {
		return "VK-" + orderId.substring(4, 12);
	}

	/** A captured online payment of the whole order, which becomes an online order paid; answers its id. */
	String capturedPayment(String orderId, long paise) {
		String id = "pay-" + UUID.randomUUID();
		databases.jdbc(Source.ORDER)
			.sql("update customer_order set payment_method = 'ONLINE', payment_status = 'CAPTURED' where id = ?")
			.param(orderId)
			.update();
		JdbcClient payments = databases.jdbc(Source.PAYMENT);
		payments.sql("""
				insert into payment (id, order_id, order_number, user_id, provider, provider_order_id, amount, currency,
				                     status, attempts, created_at, updated_at)
				values (:id, :order, :number, 'customer-1', 'simulator', :id, :paise, 'INR', 'CAPTURED', 1, now(), now())""")
			.param("id", id)
			.param("order", orderId)
			.param("number", number(orderId))
			.param("paise", paise)
			.update();
		payments.sql("""
				insert into payment_transaction (payment_id, provider_reference, type, amount, currency, recorded_at)
				values (?, ?, 'CAPTURE', ?, 'INR', now())""")
			.params(id, id, paise)
			.update();
		return id;
	}
}
