package io.arcticmatch.ingest.source.http;

import java.time.Clock;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The one {@link FeedHttp} the fetchers share.
 */
@Configuration(proxyBeanMethods = false)
class FeedHttpConfiguration {

	@Bean
	FeedHttp feedHttp(FeedHttpSettings settings, Clock clock) {
		return new FeedHttp(FeedHttp.client(settings.connectTimeout()), settings.retryPolicy(),
				settings.requestTimeout(), Sleeper.THREAD, clock, settings.userAgent());
	}

}
