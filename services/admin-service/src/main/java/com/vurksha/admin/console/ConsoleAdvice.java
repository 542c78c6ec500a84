package com.vurksha.admin.console;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.ui.Model;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.servlet.ModelAndView;

import com.vurksha.platform.error.ApiException;
import com.vurksha.platform.request.RequestIds;

/**
 * What every console page shows (who is signed in), and the page shown instead of an error: a service that does not
 * answer or a replica that cannot be read is a message with the request id, never a stack trace.
 */
@ControllerAdvice(basePackageClasses = ConsoleAdvice.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
class ConsoleAdvice {

	private static final Logger log = LoggerFactory.getLogger(ConsoleAdvice.class);

	@ModelAttribute
	void signedIn(HttpServletRequest request, Model model) {
		HttpSession session = request.getSession(false);
		if (session != null && session.getAttribute(OperatorTokens.SESSION_ATTRIBUTE) instanceof OperatorTokens tokens) {
			model.addAttribute("operatorName", tokens.name());
		}
	}

	@ExceptionHandler(OwnerUnavailable.class)
	ModelAndView ownerUnavailable(OwnerUnavailable ex) {
		log.warn("{}: {}", ex.getMessage(), (ex.getCause() != null) ? ex.getCause().getMessage() : "no client");
		return problem(HttpStatus.SERVICE_UNAVAILABLE, ex.getMessage());
	}

	@ExceptionHandler(ApiException.class)
	ModelAndView refused(ApiException ex) {
		return problem(HttpStatus.valueOf(ex.code().status()), ex.getMessage());
	}

	@ExceptionHandler({ MissingServletRequestParameterException.class, MethodArgumentTypeMismatchException.class })
	ModelAndView badInput(Exception ex) {
		return problem(HttpStatus.BAD_REQUEST, "The form was not filled in as expected: " + ex.getMessage());
	}

	@ExceptionHandler(SignedOut.class)
	String signedOut() {
		return "redirect:" + ConsoleSecurity.SIGN_IN;
	}

	@ExceptionHandler(Exception.class)
	ModelAndView unexpected(Exception ex) {
		log.error("A console page failed", ex);
		return problem(HttpStatus.INTERNAL_SERVER_ERROR,
				"Something went wrong on this page. Quote request id " + RequestIds.current() + " when reporting it.");
	}

	private static ModelAndView problem(HttpStatus status, String message) {
		ModelAndView page = new ModelAndView("console/problem", status);
		page.addObject("problem", message);
		page.addObject("requestId", RequestIds.current());
		return page;
	}
}
