package io.arcticmatch.web.menu;

import java.util.Collection;
import java.util.Set;
import java.util.stream.Collectors;

import io.arcticmatch.web.accounts.Role;
import org.jspecify.annotations.Nullable;

import org.springframework.security.authentication.AuthenticationTrustResolver;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;

/**
 * Which parts of the header's menu the one who looks gets, as Spring Security's
 * {@code isAuthenticated()} and {@code hasRole(...)} would answer them. The layout asks
 * these flags instead of evaluating security expressions: each of those is parsed again
 * on every use, which cost a twentieth of the search page's processor time.
 *
 * @param signedIn whether someone is signed in (not an anonymous visitor)
 * @param name the signed-in account's user name (its e-mail), or null for visitors
 * @param seeker whether the account has the seeker role
 * @param coach whether it has the coach role
 * @param employer whether it has the employer role
 * @param admin whether it has the admin role
 */
public record Menu(boolean signedIn, @Nullable String name, boolean seeker, boolean coach, boolean employer,
		boolean admin) {

	/** The menu of a visitor who has not signed in. */
	public static final Menu ANONYMOUS = new Menu(false, null, false, false, false, false);

	/**
	 * @param authentication who the request is from, null outside Spring Security
	 * @param trust tells anonymous and remembered authentications from others
	 * @return the menu for them
	 */
	static Menu of(@Nullable Authentication authentication, AuthenticationTrustResolver trust) {
		if (authentication == null || trust.isAnonymous(authentication) || !authentication.isAuthenticated()) {
			return ANONYMOUS;
		}
		Set<String> authorities = authorities(authentication.getAuthorities());
		return new Menu(true, authentication.getName(), authorities.contains(authority(Role.SEEKER)),
				authorities.contains(authority(Role.COACH)), authorities.contains(authority(Role.EMPLOYER)),
				authorities.contains(authority(Role.ADMIN)));
	}

	/**
	 * @return whether the coach's links show: coaches' pages are open to admins too
	 */
	public boolean coachLinks() {
		return this.coach || this.admin;
	}

	private static Set<String> authorities(Collection<? extends GrantedAuthority> granted) {
		return granted.stream().map(GrantedAuthority::getAuthority).collect(Collectors.toSet());
	}

	/**
	 * The authority {@code hasRole} checks for, with Spring Security's default prefix.
	 */
	private static String authority(Role role) {
		return "ROLE_" + role.name();
	}

}
