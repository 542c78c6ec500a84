package com.vurksha.admin.console;

import java.util.List;
import java.util.stream.Collectors;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

import com.vurksha.admin.DateRange;
import com.vurksha.admin.report.Dashboard;
import com.vurksha.admin.report.Today;

/**
 * The page an operator lands on after signing in: today at a glance from the reports' dashboard, with orders and
 * revenue by hour drawn by the chart script from the numbers the page carries.
 */
@Controller
class DashboardController {

	private final Dashboard dashboard;

	DashboardController(Dashboard dashboard) {
		this.dashboard = dashboard;
	}

	@GetMapping("/admin/")
	String dashboard(Model model) {
		Today today = dashboard.today();
		model.addAttribute("today", today);
		model.addAttribute("asOf", (today.dataAsOf() != null) ? today.dataAsOf().atZone(DateRange.INDIA) : null);
		List<Today.Hour> hours = today.ordersByHour();
		if (hours != null) {
			model.addAttribute("charts", true);
			model.addAttribute("hours", joined(hours.stream().map(Today.Hour::hour).toList()));
			model.addAttribute("orders", joined(hours.stream().map(Today.Hour::orders).toList()));
			// rupees, as the chart's axis reads them
			model.addAttribute("revenue", joined(hours.stream().map(h -> h.revenuePaise() / 100.0).toList()));
			model.addAttribute("orderCount", hours.stream().mapToLong(Today.Hour::orders).sum());
			model.addAttribute("revenuePaise", hours.stream().mapToLong(Today.Hour::revenuePaise).sum());
		}
		return "console/dashboard";
	}

	private static String joined(List<? extends Number> values) {
		return values.stream().map(String::valueOf).collect(Collectors.joining(","));
	}
}
