package io.arcticmatch.web.accounts;

import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.observation.SecurityObservationSettings;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;

/**
 * The access rule of every route. A route not named here needs a signed-in account; CSRF
 * protection is on for every form. The job search API and its OpenAPI description are
 * public for reading. An ingest-only instance serves no routes.
 */
@Configuration(proxyBeanMethods = false)
class SecurityConfiguration {

	@Bean
	@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
	SecurityFilterChain routes(HttpSecurity http) throws Exception {
		http.authorizeHttpRequests((routes) -> routes
			.requestMatchers("/", "/login", "/signup", "/error", "/css/**", "/js/**", "/images/**", "/webjars/**",
					"/favicon.ico", "/actuator/health", "/actuator/health/**")
			.permitAll()
			// job search is public and read-only: postings only, nothing about a person
			.requestMatchers(HttpMethod.GET, "/api/postings", "/api/postings/**", "/api/concepts")
			.permitAll()
			// public pages: job search and job pages, border guidance, employer
			// registration,
			// and links sent by mail that carry their own secret token (unsubscribe,
			// calendar feeds, invitations)
			.requestMatchers(HttpMethod.GET, "/jobs", "/jobs/**", "/living-and-working", "/living-and-working/**")
			.permitAll()
			.requestMatchers("/employers/register", "/unsubscribe/**", "/calendar/**", "/invitations/**")
			.permitAll()
			.requestMatchers(HttpMethod.GET, "/v3/api-docs", "/v3/api-docs/**", "/swagger-ui.html", "/swagger-ui/**")
			.permitAll()
			.requestMatchers("/admin/**")
			.hasRole(Role.ADMIN.name())
			.requestMatchers("/coach/**")
			.hasAnyRole(Role.COACH.name(), Role.ADMIN.name())
			.requestMatchers("/employer/**")
			.hasRole(Role.EMPLOYER.name())
			.requestMatchers("/seeker/**")
			.hasRole(Role.SEEKER.name())
			.anyRequest()
			.authenticated())
			.formLogin((login) -> login.loginPage("/login").failureUrl("/login?failed").permitAll())
			.logout((logout) -> logout.logoutSuccessUrl("/?signedOut"))
			// a mail program's one-click unsubscribe (RFC 8058) posts without a session
			// or
			// form token; the link's own secret token is what protects it
			.csrf((csrf) -> csrf.ignoringRequestMatchers("/unsubscribe/**"));
		return http.build();
	}

	/**
	 * No tracing of the filter chain, the sign-ins or the access decisions: wrapping each
	 * of some fifteen filters in an observation on every request cost some 2.5% of the
	 * search page's processor time (issue 8), and nothing reads these observations.
	 * Requests are still timed as a whole ({@code http.server.requests}).
	 */
	@Bean
	SecurityObservationSettings securityObservations() {
		return SecurityObservationSettings.noObservations();
	}

	@Bean
	PasswordEncoder passwordEncoder() {
		// bcrypt by default; the {id} prefix lets a stronger algorithm take over without
		// a migration
		return PasswordEncoderFactories.createDelegatingPasswordEncoder();
	}

	@Bean
	UserDetailsService accountsAsUsers(Accounts accounts) {
		return (email) -> accounts.findByEmail(email)
			.map((account) -> User.withUsername(account.email())
				.password(account.passwordHash())
				.authorities(account.role().authority())
				.build())
			.orElseThrow(() -> new UsernameNotFoundException("No account for " + email));
	}

}
