package io.arcticmatch.ingest.duplicates;

import java.net.URI;
import java.time.Instant;

import io.arcticmatch.matcher.concepts.place.Country;
import io.arcticmatch.matcher.concepts.place.GeoPoint;
import io.arcticmatch.matcher.posting.JobPosting;
import io.arcticmatch.matcher.posting.PostingId;
import io.arcticmatch.matcher.posting.PostingPlace;

/**
 * One job as two sources publish it: the same text, the employer with and without its
 * legal form, the title in other case.
 */
final class DuplicatePostings {

	static final Instant PUBLISHED = Instant.parse("2026-11-20T08:00:00Z");

	static final String TEXT = """
			<p>Kiruna kommun söker en undersköterska till hemtjänsten i Kiruna centrum. Du arbetar
			dag och kväll varannan helg och ger omsorg till äldre i deras hem. Vi erbjuder
			introduktion, handledning och goda möjligheter till utveckling. Körkort B krävs.</p>
			<p>Välkommen med din ansökan senast den 15 december!</p>
			""";

	private DuplicatePostings() {
	}

	static JobPosting ad(String source, String id, String employer, String title, String text) {
		return JobPosting.builder(new PostingId(source, id), title, kiruna(), PUBLISHED)
			.employer(employer)
			.description(text)
			.language("sv")
			.sourceUrl(URI.create("https://" + source + ".example/ads/" + id))
			.build();
	}

	static PostingPlace kiruna() {
		return new PostingPlace(Country.SE, "25", "2584", "Kiruna", new GeoPoint(67.8558, 20.2253));
	}

}
