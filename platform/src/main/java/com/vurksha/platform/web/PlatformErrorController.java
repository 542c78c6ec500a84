package com.vurksha.platform.web;

import java.util.List;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;

import org.springframework.boot.webmvc.error.ErrorController;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import com.vurksha.platform.error.CommonErrorCode;
import com.vurksha.platform.error.ErrorBody;
import com.vurksha.platform.error.ErrorResponses;
import io.swagger.v3.oas.annotations.Hidden;

/**
 * Answers the servlet container's error dispatch (failures outside Spring MVC, such as in filters) with the
 * error envelope instead of the framework's default page. A request for the error path itself is answered as the
 * unknown endpoint it is (404), never as a failure of ours.
 */
@RestController
@Hidden
public class PlatformErrorController implements ErrorController {

	@RequestMapping("${server.error.path:/error}")
	ResponseEntity<ErrorBody> error(HttpServletRequest request) {
		Object status = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
		// no status: not an error dispatch but a request for the error path itself, which is no endpoint
		int code = (status instanceof Integer value) ? value : 404;
		CommonErrorCode error = CommonErrorCode.forStatus(code);
		String message = (error == CommonErrorCode.INTERNAL_ERROR) ? "Something went wrong on our side"
				: "The request could not be served";
		if (error == CommonErrorCode.NOT_FOUND) {
			message = "No such endpoint";
		}
		return ErrorResponses.entity(error, message, null, List.of());
	}
}
