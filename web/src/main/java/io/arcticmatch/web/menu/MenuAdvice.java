package io.arcticmatch.web.menu;

import org.springframework.security.authentication.AuthenticationTrustResolver;
import org.springframework.security.authentication.AuthenticationTrustResolverImpl;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/**
 * Gives every page its header's {@link Menu} for the signed-in account or visitor, as
 * they are when the page is rendered.
 */
@ControllerAdvice
class MenuAdvice {

	private final SecurityContextHolderStrategy contexts = SecurityContextHolder.getContextHolderStrategy();

	private final AuthenticationTrustResolver trust = new AuthenticationTrustResolverImpl();

	@ModelAttribute("menu")
	CurrentMenu menu() {
		return new CurrentMenu(() -> Menu.of(this.contexts.getContext().getAuthentication(), this.trust));
	}

}
