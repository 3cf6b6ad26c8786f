package io.arcticmatch.web.accounts;

import jakarta.validation.Valid;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Sign-up for job seekers and the sign-in page. Coaches, employers and administrators get
 * their accounts in other ways.
 */
@Controller
class SignUpController {

	private final AccountService accounts;

	SignUpController(AccountService accounts) {
		this.accounts = accounts;
	}

	@GetMapping("/login")
	String login() {
		return "accounts/login";
	}

	@GetMapping("/signup")
	String signUpPage(Model model) {
		model.addAttribute("form", SignUpForm.empty());
		return "accounts/signup";
	}

	@PostMapping("/signup")
	String signUp(@Valid @ModelAttribute("form") SignUpForm form, BindingResult errors, RedirectAttributes redirect) {
		if (!errors.hasFieldErrors("password") && !form.passwordsMatch()) {
			errors.rejectValue("passwordRepeat", "signup.password.mismatch");
		}
		if (errors.hasErrors()) {
			return "accounts/signup";
		}
		try {
			this.accounts.open(new NewAccount(form.email(), form.displayName(), form.password(), Role.SEEKER));
		}
		catch (EmailAlreadyRegistered ex) {
			errors.rejectValue("email", "signup.email.taken");
			return "accounts/signup";
		}
		redirect.addFlashAttribute("flash", "signup.done");
		return "redirect:/login";
	}

}
