package io.arcticmatch.web.trips;

import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;

/**
 * Trips run their reminder job on Spring's scheduler, also where ingest (which enables it
 * too) is switched off.
 */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
class TripsConfiguration {

}
