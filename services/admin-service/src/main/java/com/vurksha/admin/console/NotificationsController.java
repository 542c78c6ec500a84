package com.vurksha.admin.console;

import jakarta.servlet.http.HttpSession;

import org.springframework.http.HttpMethod;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Dead-lettered notifications from the notification service, and sending one again. */
@Controller
class NotificationsController {

	private final OperatorActions actions;

	NotificationsController(OperatorActions actions) {
		this.actions = actions;
	}

	@GetMapping("/admin/notifications")
	String dead(@RequestParam(required = false) Integer page, Model model, HttpSession session) {
		int number = Listing.page(page);
		Answer answer = actions.read(session, Owner.NOTIFICATION,
				"/api/v1/admin/notifications/dead?page={page}&limit={limit}", number, Listing.SIZE);
		if (answer.ok()) {
			model.addAttribute("messages", answer.data());
			model.addAttribute("listing", new Listing<>(java.util.List.of(), number, Listing.SIZE, answer.total()));
		}
		else {
			model.addAttribute("loadProblem", answer.problem());
		}
		model.addAttribute("pageBase", "/admin/notifications");
		return "console/notifications";
	}

	@PostMapping("/admin/notifications/{id}/retry")
	String retry(@PathVariable String id, HttpSession session, RedirectAttributes redirect) {
		Answer answer = actions.act(session, new OperatorActions.Step("notification.retry", "notification", id), null,
				Owner.NOTIFICATION, HttpMethod.POST, "/api/v1/admin/notifications/{id}/retry", null, id);
		Forms.tell(redirect, answer, "The message is queued to be sent again.");
		return "redirect:/admin/notifications";
	}
}
