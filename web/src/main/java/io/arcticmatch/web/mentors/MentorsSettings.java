package io.arcticmatch.web.mentors;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of the mentor programme ({@code arctic.mentors.*}).
 *
 * @param siteUrl the address mails link to, without a trailing slash
 */
@ConfigurationProperties("arctic.mentors")
public record MentorsSettings(@DefaultValue("http://localhost:8080") String siteUrl) {

}
