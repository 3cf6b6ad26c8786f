package io.arcticmatch.web.mail;

import java.net.URI;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Where the application is reached from outside ({@code arctic.public-url}). Every link
 * in a mail or a calendar file is built from it, never from the address a request
 * happened to arrive at, which behind a proxy is an internal one.
 *
 * @param publicUrl the application's public address, with or without a trailing slash
 */
@ConfigurationProperties("arctic")
public record PublicAddress(@DefaultValue("http://localhost:8080") URI publicUrl) {

	/**
	 * @param path an absolute path of the application, e.g. {@code /jobs/nav:1}
	 * @return the address of that path from outside
	 */
	public String link(String path) {
		String base = this.publicUrl.toString();
		return (base.endsWith("/") ? base.substring(0, base.length() - 1) : base) + path;
	}

}
