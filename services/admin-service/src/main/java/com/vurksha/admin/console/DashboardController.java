package com.vurksha.admin.console;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/** The page an operator lands on after signing in. */
@Controller
class DashboardController {

	@GetMapping("/admin/")
	String dashboard() {
		return "console/dashboard";
	}
}
