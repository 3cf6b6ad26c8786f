package io.arcticmatch.web.border;

import java.time.LocalDate;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import io.arcticmatch.matcher.concepts.place.Country;

/**
 * Items of a test's own, so that edits never touch the guidance other tests read.
 */
final class GuidanceTestItems {

	private GuidanceTestItems() {
	}

	static GuidanceItem unique(String title) {
		String id = "test-" + UUID.randomUUID();
		return new GuidanceItem(id, Topic.BANK_ACCOUNT, Country.FI, Set.of(CitizenshipGroup.OTHER), Situation.MOVER,
				Set.of(Country.NO), "https://www.norden.org/en/info-norden", LocalDate.parse("2026-11-01"),
				Map.of("nb", new GuidanceText(title + " nb", "Tekst."), "sv", new GuidanceText(title + " sv", "Text."),
						"fi", new GuidanceText(title + " fi", "Teksti."), "en", new GuidanceText(title, "Text.")));
	}

}
