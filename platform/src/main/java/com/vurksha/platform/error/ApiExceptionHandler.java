package com.vurksha.platform.error;

import java.io.IOException;
import java.time.Duration;
import java.util.List;
import java.util.stream.Collectors;

import jakarta.validation.ConstraintViolationException;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.dao.TransientDataAccessException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.transaction.CannotCreateTransactionException;
import org.springframework.validation.BindException;
import org.springframework.web.ErrorResponse;
import org.springframework.web.ErrorResponseException;
import org.springframework.web.HttpMediaTypeNotAcceptableException;
import org.springframework.web.HttpMediaTypeNotSupportedException;
import org.springframework.web.HttpRequestMethodNotSupportedException;
import org.springframework.web.bind.MissingRequestHeaderException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.ServletRequestBindingException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.method.annotation.HandlerMethodValidationException;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.context.request.async.AsyncRequestTimeoutException;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.multipart.support.MissingServletRequestPartException;
import org.springframework.web.servlet.NoHandlerFoundException;
import org.springframework.web.servlet.resource.NoResourceFoundException;
import org.springframework.web.util.DisconnectedClientHelper;

/**
 * Maps every failure that reaches Spring MVC onto the error envelope, so clients never see a framework's own
 * error shape and never a 500 for bad input.
 */
@RestControllerAdvice
@Order(Ordered.LOWEST_PRECEDENCE)
public class ApiExceptionHandler {

	private static final Logger log = LoggerFactory.getLogger(ApiExceptionHandler.class);

	private static final Duration TRANSIENT_RETRY_AFTER = Duration.ofSeconds(2);

	@ExceptionHandler(ApiException.class)
	ResponseEntity<ErrorBody> api(ApiException ex) {
		if (ex.code().status() >= 500) {
			log.warn("Answering {}: {}", ex.code().code(), ex.getMessage(), ex.getCause());
		}
		return ErrorResponses.entity(ex);
	}

	@ExceptionHandler(BindException.class)
	ResponseEntity<ErrorBody> invalidBody(BindException ex) {
		List<FieldViolation> details = ex.getBindingResult()
			.getFieldErrors()
			.stream()
			.map(error -> new FieldViolation(error.getField(), error.getDefaultMessage()))
			.collect(Collectors.toList());
		ex.getBindingResult()
			.getGlobalErrors()
			.forEach(error -> details.add(new FieldViolation(error.getObjectName(), error.getDefaultMessage())));
		return validation("Request validation failed", details);
	}

	@ExceptionHandler(HandlerMethodValidationException.class)
	ResponseEntity<ErrorBody> invalidParameters(HandlerMethodValidationException ex) {
		List<FieldViolation> details = ex.getParameterValidationResults()
			.stream()
			.flatMap(result -> result.getResolvableErrors()
				.stream()
				.map(error -> new FieldViolation(parameterName(result.getMethodParameter()), error.getDefaultMessage())))
			.toList();
		return validation("Request validation failed", details);
	}

	@ExceptionHandler(ConstraintViolationException.class)
	ResponseEntity<ErrorBody> constraintViolation(ConstraintViolationException ex) {
		List<FieldViolation> details = ex.getConstraintViolations()
			.stream()
			.map(violation -> new FieldViolation(lastNode(violation.getPropertyPath().toString()), violation.getMessage()))
			.toList();
		return validation("Request validation failed", details);
	}

	@ExceptionHandler(HttpMessageNotReadableException.class)
	ResponseEntity<ErrorBody> unreadable(HttpMessageNotReadableException ex) {
		if (PayloadTooLargeException.isCause(ex)) {
			return tooLarge();
		}
		return UnreadableBodies.describe(ex);
	}

	@ExceptionHandler(MethodArgumentTypeMismatchException.class)
	ResponseEntity<ErrorBody> typeMismatch(MethodArgumentTypeMismatchException ex) {
		String expected = (ex.getRequiredType() != null) ? ex.getRequiredType().getSimpleName() : "another type";
		return validation("Invalid value for '" + ex.getName() + "'",
				List.of(new FieldViolation(ex.getName(), "must be a valid " + expected)));
	}

	@ExceptionHandler(MissingServletRequestParameterException.class)
	ResponseEntity<ErrorBody> missingParameter(MissingServletRequestParameterException ex) {
		return validation("Missing query parameter '" + ex.getParameterName() + "'",
				List.of(new FieldViolation(ex.getParameterName(), "is required")));
	}

	@ExceptionHandler(MissingRequestHeaderException.class)
	ResponseEntity<ErrorBody> missingHeader(MissingRequestHeaderException ex) {
		return validation("Missing header '" + ex.getHeaderName() + "'",
				List.of(new FieldViolation(ex.getHeaderName(), "is required")));
	}

	@ExceptionHandler(HttpRequestMethodNotSupportedException.class)
	ResponseEntity<ErrorBody> methodNotAllowed(HttpRequestMethodNotSupportedException ex) {
		ResponseEntity<ErrorBody> entity = ErrorResponses.entity(CommonErrorCode.METHOD_NOT_ALLOWED,
				"Method " + ex.getMethod() + " is not allowed here", null, List.of());
		HttpHeaders headers = new HttpHeaders();
		headers.putAll(entity.getHeaders());
		if (ex.getSupportedHttpMethods() != null) {
			headers.setAllow(ex.getSupportedHttpMethods());
		}
		return new ResponseEntity<>(entity.getBody(), headers, entity.getStatusCode());
	}

	@ExceptionHandler(HttpMediaTypeNotSupportedException.class)
	ResponseEntity<ErrorBody> unsupportedMediaType(HttpMediaTypeNotSupportedException ex) {
		return ErrorResponses.entity(CommonErrorCode.UNSUPPORTED_MEDIA_TYPE,
				"Content type " + ex.getContentType() + " is not supported; send application/json", null, List.of());
	}

	@ExceptionHandler(HttpMediaTypeNotAcceptableException.class)
	ResponseEntity<ErrorBody> notAcceptable(HttpMediaTypeNotAcceptableException ex) {
		return ErrorResponses.entity(CommonErrorCode.NOT_ACCEPTABLE, "No acceptable representation; accept application/json",
				null, List.of());
	}

	@ExceptionHandler({ NoResourceFoundException.class, NoHandlerFoundException.class })
	ResponseEntity<ErrorBody> noRoute(Exception ex) {
		return ErrorResponses.entity(CommonErrorCode.NOT_FOUND, "No such endpoint", null, List.of());
	}

	@ExceptionHandler({ MaxUploadSizeExceededException.class, PayloadTooLargeException.class })
	ResponseEntity<ErrorBody> uploadTooLarge(Exception ex) {
		return tooLarge();
	}

	@ExceptionHandler(DuplicateKeyException.class)
	ResponseEntity<ErrorBody> duplicate(DuplicateKeyException ex) {
		log.info("Duplicate key: {}", ex.getMostSpecificCause().getMessage());
		return ErrorResponses.entity(CommonErrorCode.CONFLICT, "The resource already exists", null, List.of());
	}

	@ExceptionHandler({ DataAccessResourceFailureException.class, TransientDataAccessException.class,
			CannotCreateTransactionException.class })
	ResponseEntity<ErrorBody> databaseUnavailable(Exception ex) {
		return temporarilyUnavailable(ex);
	}

	/** Spring MVC's own failures (binding, missing parts, timeouts, ResponseStatusException) keep their status. */
	@ExceptionHandler(ErrorResponseException.class)
	ResponseEntity<ErrorBody> frameworkResponse(ErrorResponseException ex) {
		return byStatus(ex.getStatusCode().value(), ex);
	}

	@ExceptionHandler({ ServletRequestBindingException.class, MissingServletRequestPartException.class,
			AsyncRequestTimeoutException.class })
	ResponseEntity<ErrorBody> frameworkFailure(Exception ex) {
		return byStatus(((ErrorResponse) ex).getStatusCode().value(), ex);
	}

	@ExceptionHandler(AccessDeniedException.class)
	ResponseEntity<ErrorBody> forbidden(AccessDeniedException ex) {
		if (isAnonymous()) {
			return ErrorResponses.entity(CommonErrorCode.UNAUTHORIZED, "Sign in to continue", null, List.of());
		}
		return ErrorResponses.entity(CommonErrorCode.FORBIDDEN, "You are not allowed to do this", null, List.of());
	}

	@ExceptionHandler(AuthenticationException.class)
	ResponseEntity<ErrorBody> unauthorized(AuthenticationException ex) {
		return ErrorResponses.entity(CommonErrorCode.UNAUTHORIZED, "Sign in to continue", null, List.of());
	}

	@ExceptionHandler(Exception.class)
	ResponseEntity<ErrorBody> unexpected(Exception ex) {
		if (clientWentAway(ex)) {
			log.debug("Client went away before the answer was written: {}", ex.toString());
			return null;
		}
		if (TransientFailures.isTransient(ex)) {
			return temporarilyUnavailable(ex);
		}
		log.error("Unexpected failure", ex);
		return ErrorResponses.entity(CommonErrorCode.INTERNAL_ERROR, "Something went wrong on our side", null, List.of());
	}

	/**
	 * A client that hung up while its answer was written (a closed app, a load generator stopping) is not our
	 * failure, and nobody is left to read an error. Only the request's own I/O counts: a downstream call that lost
	 * its connection arrives wrapped (a {@code ResourceAccessException}, a data access exception) and stays an error.
	 */
	static boolean clientWentAway(Exception ex) {
		return ex instanceof IOException && DisconnectedClientHelper.isClientDisconnectedException(ex);
	}

	private static ResponseEntity<ErrorBody> temporarilyUnavailable(Exception ex) {
		log.warn("Temporarily unavailable: {}", ex.getMessage());
		return ErrorResponses.entity(CommonErrorCode.SERVICE_UNAVAILABLE, "Temporarily unable to serve; please retry",
				TRANSIENT_RETRY_AFTER, List.of());
	}

	private static ResponseEntity<ErrorBody> byStatus(int status, Exception ex) {
		CommonErrorCode code = CommonErrorCode.forStatus(status);
		if (code == CommonErrorCode.INTERNAL_ERROR) {
			log.error("Unexpected failure", ex);
			return ErrorResponses.entity(code, "Something went wrong on our side", null, List.of());
		}
		String message = (code == CommonErrorCode.NOT_FOUND) ? "Not found" : "The request could not be served";
		return ErrorResponses.entity(code, message, null, List.of());
	}

	private static boolean isAnonymous() {
		Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
		return authentication == null || authentication instanceof AnonymousAuthenticationToken
				|| !authentication.isAuthenticated();
	}

	private static ResponseEntity<ErrorBody> validation(String message, List<FieldViolation> details) {
		return ErrorResponses.entity(CommonErrorCode.VALIDATION_FAILED, message, null, details);
	}

	private static ResponseEntity<ErrorBody> tooLarge() {
		return ErrorResponses.entity(CommonErrorCode.PAYLOAD_TOO_LARGE, "The request body is too large", null, List.of());
	}

	private static String parameterName(org.springframework.core.MethodParameter parameter) {
		String name = parameter.getParameterName();
		return (name != null) ? name : "parameter" + parameter.getParameterIndex();
	}

	private static String lastNode(String path) {
		int dot = path.lastIndexOf('.');
		return (dot >= 0) ? path.substring(dot + 1) : path;
	}
}
