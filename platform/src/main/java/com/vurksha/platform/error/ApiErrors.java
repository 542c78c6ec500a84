package com.vurksha.platform.error;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The error codes an endpoint can answer with, by {@link ErrorCode#code()}: the service's business codes and the
 * platform codes it raises itself (e.g. {@code IDEMPOTENCY_KEY_REQUIRED}). The API document lists them on the
 * operation, with the error envelope under each status; the codes every operation can answer (invalid input,
 * missing token, rate limit, outage) are added there without being listed here. Each service's tests check the
 * list against the codes its handler can reach.
 */
@Target(ElementType.METHOD)
@Retention(RetentionPolicy.RUNTIME)
@Documented
public @interface ApiErrors {

	String[] value();
}
