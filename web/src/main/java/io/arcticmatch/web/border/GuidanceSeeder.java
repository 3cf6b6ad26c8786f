package io.arcticmatch.web.border;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.stereotype.Component;

/**
 * At start, adds the data file's items that the database does not hold yet, so a new
 * installation has the guidance and administrators' edits survive a restart.
 */
@Component
class GuidanceSeeder implements ApplicationRunner {

	private static final Logger log = LoggerFactory.getLogger(GuidanceSeeder.class);

	private final GuidanceFile file;

	private final GuidanceCatalogue catalogue;

	GuidanceSeeder(GuidanceFile file, GuidanceCatalogue catalogue) {
		this.file = file;
		this.catalogue = catalogue;
	}

	@Override
	public void run(ApplicationArguments args) {
		int added = seed();
		if (added > 0) {
			log.info("Border guidance: {} items added from {}", added, GuidanceFile.LOCATION);
		}
	}

	int seed() {
		return this.catalogue.seed(this.file.items());
	}

}
