package io.arcticmatch.ingest.demo;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Whether the bundled sample postings are taken in at the first start.
 *
 * @param enabled {@code arctic.ingest.demo.enabled}: load them once, when the
 * {@code demo} source has no checkpoint yet; off unless set (the embedded default sets
 * it)
 */
@ConfigurationProperties("arctic.ingest.demo")
public record DemoSettings(boolean enabled) {

}
