package com.vurksha.platform.error;

/** One invalid input: the field (JSON path, query or header name) and what is wrong with it. */
public record FieldViolation(String field, String message) {
}
