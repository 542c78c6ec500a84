package com.vurksha.notification.template;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

import com.vurksha.notification.recipient.Language;

import static org.assertj.core.api.Assertions.assertThat;

/** Every template exists in every language, has its key pairs and uses only placeholders an event fills. */
class TemplatesTests {

	private final TemplateFiles shipped = new TemplateFiles(Templates.ROOT);

	@Test
	void everyEventHasACompleteTemplateInEveryLanguage() {
		assertThat(TemplateCheck.problems(shipped, NotifiedEvents.all())).isEmpty();
	}

	@Test
	void hindiTemplatesAreWrittenInDevanagari() {
		for (String type : NotifiedEvents.all()) {
			Template hindi = shipped.read(Language.HI, type).orElseThrow();
			assertThat(hindi.keys().get(Template.BODY)).as(type).containsPattern("[\\u0900-\\u097F]");
			assertThat(hindi.keys().get(Template.BODY)).as(type).isNotEqualTo(
					shipped.read(Language.EN, type).orElseThrow().keys().get(Template.BODY));
		}
	}

	@Test
	void noMessageCarriesADoorstepCode() {
		for (Language language : Language.values()) {
			for (String type : NotifiedEvents.all()) {
				shipped.read(language, type)
					.orElseThrow()
					.keys()
					.values()
					.forEach(text -> assertThat(text.toLowerCase()).doesNotContain("otp").doesNotContain("{code}"));
			}
		}
	}

	@Test
	void theDoorstepEventsPointToTheCodeInTheApp() {
		assertThat(shipped.read(Language.EN, "delivery.delivery.arrived").orElseThrow().keys().get(Template.BODY))
			.contains("code shown in the app");
	}

	@Nested
	class BrokenTemplates {

		private final List<String> problems = TemplateCheck.problems(new TemplateFiles("broken-notifications"),
				List.of("order.order.confirmed", "order.order.cancelled"));

		@Test
		void reportsALanguageWithoutTheFile() {
			assertThat(problems).contains("hi/order.order.confirmed: missing", "hi/order.order.cancelled: missing");
		}

		@Test
		void reportsAnUnknownPlaceholder() {
			assertThat(problems).contains("en/order.order.confirmed: unknown placeholder {deliveryOtp} in body");
		}

		@Test
		void reportsHalfAKeyPair() {
			assertThat(problems).contains("en/order.order.confirmed: needs both email.subject and email.body",
					"en/order.order.cancelled: needs both title and body");
		}
	}

	@Nested
	class Rendering {

		private final Template failed = shipped.read(Language.HI, "delivery.delivery.failed").orElseThrow();

		@Test
		void translatesAFailureReasonCode() {
			Rendered rendered = failed.render(Map.of("orderNumber", "VK-9", "reason", "ADDRESS_NOT_FOUND"));

			assertThat(rendered.body()).contains("VK-9").contains("डिलीवरी पार्टनर को पता नहीं मिला");
			assertThat(rendered.sms()).isPresent();
			assertThat(rendered.hasEmail()).isFalse();
		}

		@Test
		void leavesAnUnfilledPlaceholderEmpty() {
			assertThat(Placeholders.fill("Order {orderNumber}.", Map.of())).isEqualTo("Order .");
		}

		@Test
		void writesRupeesFromPaise() {
			assertThat(Rupees.fromPaise(24550)).isEqualTo("₹245.50");
			assertThat(Rupees.fromPaise(12000)).isEqualTo("₹120");
			assertThat(Rupees.fromPaise(5)).isEqualTo("₹0.05");
		}
	}
}
