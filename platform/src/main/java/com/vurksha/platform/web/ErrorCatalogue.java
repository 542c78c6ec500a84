package com.vurksha.platform.web;

import java.util.Arrays;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.context.annotation.ClassPathScanningCandidateComponentProvider;
import org.springframework.beans.factory.annotation.AnnotatedBeanDefinition;
import org.springframework.core.io.DefaultResourceLoader;
import org.springframework.core.type.filter.AssignableTypeFilter;
import org.springframework.util.ClassUtils;

import com.vurksha.platform.error.CommonErrorCode;
import com.vurksha.platform.error.ErrorCode;

/** Every error code a service knows, by code: the platform's and the enums of its own packages. */
public final class ErrorCatalogue {

	private final Map<String, ErrorCode> codes;

	ErrorCatalogue(Collection<? extends ErrorCode> codes) {
		Map<String, ErrorCode> byCode = new LinkedHashMap<>();
		codes.forEach(code -> byCode.putIfAbsent(code.code(), code));
		this.codes = Map.copyOf(byCode);
	}

	/**
	 * The platform's codes and those of every {@link ErrorCode} enum under the given packages, found and loaded with
	 * the application's class loader (which, where several applications share a JVM, is not the platform's).
	 */
	public static ErrorCatalogue scan(List<String> packages, ClassLoader classLoader) {
		List<ErrorCode> codes = new java.util.ArrayList<>(Arrays.asList(CommonErrorCode.values()));
		ClassPathScanningCandidateComponentProvider scanner = new ClassPathScanningCandidateComponentProvider(false) {
			@Override
			protected boolean isCandidateComponent(AnnotatedBeanDefinition definition) {
				return definition.getMetadata().isIndependent();
			}
		};
		scanner.setResourceLoader(new DefaultResourceLoader(classLoader));
		scanner.addIncludeFilter(new AssignableTypeFilter(ErrorCode.class));
		for (String base : packages) {
			scanner.findCandidateComponents(base).forEach(definition -> {
				Class<?> type = ClassUtils.resolveClassName(definition.getBeanClassName(), classLoader);
				if (type.isEnum() && ErrorCode.class.isAssignableFrom(type)) {
					codes.addAll(Arrays.asList((ErrorCode[]) type.getEnumConstants()));
				}
			});
		}
		return new ErrorCatalogue(codes);
	}

	/** The code's catalogue entry; an unknown code is a mistake in an {@code @ApiErrors} list. */
	public ErrorCode get(String code) {
		ErrorCode found = codes.get(code);
		if (found == null) {
			throw new IllegalStateException("@ApiErrors names " + code + ", which is no error code of this service");
		}
		return found;
	}

	public boolean contains(String code) {
		return codes.containsKey(code);
	}
}
