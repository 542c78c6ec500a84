package com.vurksha.delivery.proof;

import java.time.Duration;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.web.client.HttpClientErrorException;
import org.springframework.web.client.RestClient;
import org.springframework.web.client.RestClientException;

import com.vurksha.delivery.DeliveryErrorCode;
import com.vurksha.platform.error.ApiException;
import com.vurksha.platform.error.CommonErrorCode;
import com.vurksha.platform.http.ServiceClients;

/**
 * Checks a failed delivery's proof with the file service's internal endpoint, through the shared {@code file} client
 * (this service's own token for audience {@code file-service}, scope {@code files:read}). An unknown file, or one that
 * is not this delivery's proof, is 422 DELIVERY_PROOF_INVALID. A file service that cannot answer is 503
 * SERVICE_UNAVAILABLE (504 DEPENDENCY_TIMEOUT when it answered too slowly), retryable: the failure must not be
 * recorded with a proof nobody checked, nor silently without the proof the rider gave.
 */
@Component
public class DeliveryProofs {

	private static final Logger log = LoggerFactory.getLogger(DeliveryProofs.class);

	private static final Duration RETRY_AFTER = Duration.ofSeconds(5);

	private final RestClient http;

	DeliveryProofs(ServiceClients clients, FileServiceProperties fileService) {
		this.http = clients.create("file", fileService.url());
	}

	/** Refuses unless {@code fileId} is a delivery proof uploaded for {@code deliveryId}. */
	public void check(String deliveryId, String fileId) {
		ProofFile file = find(fileId);
		file.unfitFor(deliveryId).ifPresent(reason -> {
			throw invalid(reason);
		});
	}

	private ProofFile find(String fileId) {
		try {
			Envelope body = http.get().uri("/internal/v1/files/{fileId}", fileId).retrieve().body(Envelope.class);
			if (body == null || body.data() == null) {
				throw unavailable("answered without the file");
			}
			return body.data();
		}
		catch (HttpClientErrorException.NotFound ex) {
			throw invalid("File " + fileId + " does not exist");
		}
		catch (HttpClientErrorException ex) {
			// our own token or request refused: nothing the rider can fix, and nothing to record without the check
			throw unavailable("refused the check with " + ex.getStatusCode().value());
		}
		catch (RestClientException ex) {
			throw unavailable("answered unreadably: " + ex.getMessage());
		}
	}

	private static ApiException invalid(String reason) {
		return new ApiException(DeliveryErrorCode.DELIVERY_PROOF_INVALID, reason);
	}

	private static ApiException unavailable(String what) {
		log.error("The file service {} for a delivery proof", what);
		return new ApiException(CommonErrorCode.SERVICE_UNAVAILABLE, "The file service cannot check the proof now")
			.withRetryAfter(RETRY_AFTER);
	}

	/** The success envelope of the file service; only its data is read. */
	record Envelope(ProofFile data) {
	}
}
