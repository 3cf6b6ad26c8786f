package io.arcticmatch.web.employers;

import java.util.Locale;

import io.arcticmatch.matcher.concepts.place.Country;
import io.arcticmatch.web.accounts.EmailAlreadyRegistered;
import jakarta.validation.Valid;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Public pages: an organisation registers with its first user, and a colleague accepts an
 * invitation sent by mail (the link's token is the proof).
 */
@Controller
class EmployerRegistrationController {

	private final Employers employers;

	EmployerRegistrationController(Employers employers) {
		this.employers = employers;
	}

	@ModelAttribute("countries")
	Country[] countries() {
		return Country.values();
	}

	@GetMapping("/employers/register")
	String registerPage(Model model) {
		model.addAttribute("form", RegistrationForm.empty());
		return "employers/register";
	}

	@PostMapping("/employers/register")
	String register(@Valid @ModelAttribute("form") RegistrationForm form, BindingResult errors, Locale locale,
			RedirectAttributes redirect) {
		Country country = null;
		try {
			country = Country.valueOf(form.country());
		}
		catch (IllegalArgumentException | NullPointerException ex) {
			errors.rejectValue("country", "employers.register.country.required");
		}
		OrganisationNumbers.Checked number = null;
		if (country != null) {
			number = OrganisationNumbers.check(country, form.orgNumber());
			if (!number.isValid()) {
				errors.rejectValue("orgNumber", number.problem());
			}
		}
		if (!errors.hasFieldErrors("password") && !form.passwordsMatch()) {
			errors.rejectValue("passwordRepeat", "employers.register.password.mismatch");
		}
		if (errors.hasErrors() || country == null || number == null || number.number() == null) {
			return "employers/register";
		}
		try {
			this.employers.register(new Employers.Registration(form.organisation(), country, number.number(),
					form.displayName(), form.email(), form.password()), locale);
		}
		catch (OrganisationAlreadyRegistered ex) {
			errors.rejectValue("orgNumber", "employers.register.orgNumber.taken");
			return "employers/register";
		}
		catch (EmailAlreadyRegistered ex) {
			errors.rejectValue("email", "employers.register.email.taken");
			return "employers/register";
		}
		redirect.addFlashAttribute("flash", "employers.register.done");
		return "redirect:/login";
	}

	@GetMapping("/invitations/employer/{token}")
	String joinPage(@PathVariable String token, Model model) {
		model.addAttribute("invitation", this.employers.invitation(token).orElseThrow(() -> new NotFound(token)));
		model.addAttribute("form", JoinForm.empty());
		return "employers/join";
	}

	@PostMapping("/invitations/employer/{token}")
	String join(@PathVariable String token, @Valid @ModelAttribute("form") JoinForm form, BindingResult errors,
			Model model, RedirectAttributes redirect) {
		Employers.ColleagueInvitation invitation = this.employers.invitation(token)
			.orElseThrow(() -> new NotFound(token));
		if (!errors.hasFieldErrors("password") && !form.passwordsMatch()) {
			errors.rejectValue("passwordRepeat", "employers.register.password.mismatch");
		}
		if (errors.hasErrors()) {
			model.addAttribute("invitation", invitation);
			return "employers/join";
		}
		try {
			this.employers.join(token, form.displayName(), form.password()).orElseThrow(() -> new NotFound(token));
		}
		catch (EmailAlreadyRegistered ex) {
			model.addAttribute("invitation", invitation);
			errors.reject("employers.join.emailTaken");
			return "employers/join";
		}
		redirect.addFlashAttribute("flash", "employers.join.done");
		return "redirect:/login";
	}

}
