package com.vurksha.platform.api;

import java.util.ArrayList;
import java.util.List;

import org.springframework.core.MethodParameter;
import org.springframework.web.bind.support.WebDataBinderFactory;
import org.springframework.web.context.request.NativeWebRequest;
import org.springframework.web.method.support.HandlerMethodArgumentResolver;
import org.springframework.web.method.support.ModelAndViewContainer;

import com.vurksha.platform.error.ApiException;
import com.vurksha.platform.error.CommonErrorCode;
import com.vurksha.platform.error.FieldViolation;

/** Reads {@link PageQuery} from the query string, answering 400 with per-field details when it is out of range. */
public class PageQueryArgumentResolver implements HandlerMethodArgumentResolver {

	@Override
	public boolean supportsParameter(MethodParameter parameter) {
		return PageQuery.class.equals(parameter.getParameterType());
	}

	@Override
	public PageQuery resolveArgument(MethodParameter parameter, ModelAndViewContainer mavContainer,
			NativeWebRequest request, WebDataBinderFactory binderFactory) {
		List<FieldViolation> violations = new ArrayList<>();
		int page = parse(request.getParameter("page"), 1, "page", violations);
		int limit = parse(request.getParameter("limit"), PageQuery.DEFAULT_LIMIT, "limit", violations);
		if (violations.isEmpty() && page < 1) {
			violations.add(new FieldViolation("page", "must be at least 1"));
		}
		if (violations.isEmpty() && (limit < 1 || limit > PageQuery.MAX_LIMIT)) {
			violations.add(new FieldViolation("limit", "must be between 1 and " + PageQuery.MAX_LIMIT));
		}
		if (!violations.isEmpty()) {
			throw new ApiException(CommonErrorCode.VALIDATION_FAILED, "Invalid pagination parameters")
				.withDetails(violations);
		}
		return new PageQuery(page, limit);
	}

	private static int parse(String raw, int fallback, String name, List<FieldViolation> violations) {
		if (raw == null || raw.isBlank()) {
			return fallback;
		}
		try {
			return Integer.parseInt(raw.trim());
		}
		catch (NumberFormatException ex) {
			violations.add(new FieldViolation(name, "must be a whole number"));
			return fallback;
		}
	}
}
