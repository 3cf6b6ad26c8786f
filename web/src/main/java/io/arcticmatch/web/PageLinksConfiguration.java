package io.arcticmatch.web;

import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.resource.ResourceUrlEncodingFilter;

/**
 * Leaves the links of pages as the templates write them. Spring Boot (Thymeleaf's
 * auto-configuration) registers a {@link ResourceUrlEncodingFilter} because the webjars
 * locator is on the class path; it passes every {@code @{...}} link of every page through
 * the static resource chain, and as the static resources are served from {@code /**}, a
 * page link such as {@code /jobs?country=NO} or {@code /jobs/nav:123} is looked up in
 * four class path folders inside the application's jar, misses, and is looked up again on
 * the next page, as misses are not cached: over a quarter of the search page's time under
 * load (issue 8, docs/benchmarks.md). The filter would only rewrite webjar links to ones
 * with the version in them (no versioning strategy is configured for our own resources),
 * and the webjar handler serves the links without a version as they are.
 */
@Configuration(proxyBeanMethods = false)
class PageLinksConfiguration {

	@Bean
	FilterRegistrationBean<ResourceUrlEncodingFilter> resourceUrlEncodingFilter() {
		// Thymeleaf's auto-configuration registers its filter only when there is none
		FilterRegistrationBean<ResourceUrlEncodingFilter> registration = new FilterRegistrationBean<>(
				new ResourceUrlEncodingFilter());
		registration.setEnabled(false);
		return registration;
	}

}
