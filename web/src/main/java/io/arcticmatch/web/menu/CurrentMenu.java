package io.arcticmatch.web.menu;

import java.util.function.Supplier;

import org.jspecify.annotations.Nullable;

/**
 * The {@link Menu} of one request, worked out when the page first asks for it, which is
 * while the page is rendered: a handler may sign its caller out (deleting an account
 * does), and the page it shows then must offer what a visitor gets, as the security
 * dialect's {@code sec:authorize} did when it was asked at the same moment. Made for one
 * request's thread.
 */
public final class CurrentMenu {

	private final Supplier<Menu> menus;

	private @Nullable Menu menu;

	CurrentMenu(Supplier<Menu> menus) {
		this.menus = menus;
	}

	/**
	 * @return whether someone is signed in (not an anonymous visitor)
	 */
	public boolean signedIn() {
		return menu().signedIn();
	}

	/**
	 * @return the signed-in account's user name (its e-mail), or null for visitors
	 */
	public @Nullable String name() {
		return menu().name();
	}

	/**
	 * @return whether the seeker's links show
	 */
	public boolean seeker() {
		return menu().seeker();
	}

	/**
	 * @return whether the coach's links show: coaches' pages are open to admins too
	 */
	public boolean coachLinks() {
		return menu().coachLinks();
	}

	/**
	 * @return whether the employer's links show
	 */
	public boolean employer() {
		return menu().employer();
	}

	/**
	 * @return whether the admin's links show
	 */
	public boolean admin() {
		return menu().admin();
	}

	private Menu menu() {
		Menu current = this.menu;
		if (current == null) {
			current = this.menus.get();
			this.menu = current;
		}
		return current;
	}

}
