package com.vurksha.files.reference;

import java.time.Clock;
import java.util.List;
import java.util.Optional;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

import com.vurksha.delivery.events.DeliveryFailed;
import com.vurksha.files.file.FileId;
import com.vurksha.platform.events.EventEnvelope;
import com.vurksha.platform.events.EventHandler;
import com.vurksha.product.events.ProductImagesChanged;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * Learns what refers to which file from the producers' events, in the inbox's transaction: a product's images
 * (the whole set, replacing the previous one) and a failed delivery's proof. A file nothing refers to any more
 * starts its retention clock; one referred to again stops it.
 */
@Component
class ReferenceEventHandler implements EventHandler {

	private static final Logger log = LoggerFactory.getLogger(ReferenceEventHandler.class);

	static final String PRODUCT = "product";

	static final String DELIVERY = "delivery";

	private final References references;

	private final Clock clock;

	private final JsonMapper json;

	ReferenceEventHandler(References references, Clock clock, JsonMapper json) {
		this.references = references;
		this.clock = clock;
		// another service's payload may grow fields this one does not know yet
		this.json = json.rebuild().disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES).build();
	}

	@Override
	public void handle(EventEnvelope event) {
		switch (event.type()) {
			case ProductImagesChanged.TYPE -> {
				ProductImagesChanged changed = json.treeToValue(event.payload(), ProductImagesChanged.class);
				List<FileId> files = changed.fileIds().stream().map(FileId::parse).flatMap(Optional::stream).toList();
				references.replace(PRODUCT, changed.productId(), files, clock.instant());
			}
			case DeliveryFailed.TYPE -> {
				DeliveryFailed failed = json.treeToValue(event.payload(), DeliveryFailed.class);
				if (failed.proofFileId() != null) {
					FileId.parse(failed.proofFileId())
						.ifPresent(file -> references.add(DELIVERY, failed.deliveryId(), file, clock.instant()));
				}
			}
			default -> log.debug("{} {} refers to no file; ignored", event.type(), event.id());
		}
	}
}
