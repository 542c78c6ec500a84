package com.vurksha.admin.console;

import java.util.List;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;

import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

import com.vurksha.platform.security.Role;

/** Signing in with a phone and the code the user service sends to it, and signing out. */
@Controller
class SignInController {

	private static final String PAGE = "console/sign-in";

	private final OperatorSessions sessions;

	SignInController(OperatorSessions sessions) {
		this.sessions = sessions;
	}

	@GetMapping(ConsoleSecurity.SIGN_IN)
	String form(@RequestParam(required = false) String signedOut, Model model) {
		if (signedOut != null) {
			model.addAttribute("notice", "You are signed out.");
		}
		return PAGE;
	}

	@PostMapping(ConsoleSecurity.SIGN_IN + "/code")
	String sendCode(@RequestParam String phone, Model model, HttpServletResponse response) {
		model.addAttribute("phone", phone);
		try {
			sessions.sendCode(phone);
			model.addAttribute("codeSent", true);
		}
		catch (SignInRefused ex) {
			response.setStatus(ex.status());
			model.addAttribute("problem", ex.getMessage());
		}
		return PAGE;
	}

	@PostMapping(ConsoleSecurity.SIGN_IN)
	String signIn(@RequestParam String phone, @RequestParam String code, Model model, HttpServletRequest request,
			HttpServletResponse response) {
		OperatorTokens tokens;
		try {
			tokens = sessions.verify(phone, code);
		}
		catch (SignInRefused ex) {
			response.setStatus(ex.status());
			model.addAttribute("phone", phone);
			model.addAttribute("codeSent", true);
			model.addAttribute("problem", ex.getMessage());
			return PAGE;
		}
		request.getSession(true);
		// a new session id for the signed-in session: an id planted before sign-in is worth nothing after it
		request.changeSessionId();
		ConsoleSecurity.CSRF_TOKENS.saveToken(null, request, response);
		request.getSession().setAttribute(OperatorTokens.SESSION_ATTRIBUTE, tokens);
		SecurityContext context = SecurityContextHolder.createEmptyContext();
		context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(tokens.operatorId(), null,
				List.of(new SimpleGrantedAuthority(Role.ADMIN.authority()))));
		SecurityContextHolder.setContext(context);
		ConsoleSecurity.CONTEXTS.saveContext(context, request, response);
		return "redirect:/admin/";
	}

	@PostMapping("/admin/sign-out")
	String signOut(HttpServletRequest request) {
		HttpSession session = request.getSession(false);
		if (session != null) {
			sessions.signOut(session);
			session.invalidate();
		}
		SecurityContextHolder.clearContext();
		return "redirect:" + ConsoleSecurity.SIGN_IN + "?signedOut";
	}
}
