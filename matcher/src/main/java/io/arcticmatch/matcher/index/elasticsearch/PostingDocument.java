package io.arcticmatch.matcher.index.elasticsearch;

import java.util.LinkedHashMap;
import java.util.Map;

import io.arcticmatch.matcher.concepts.place.GeoPoint;
import io.arcticmatch.matcher.index.PostingFields;
import io.arcticmatch.matcher.index.PostingFields.TextLanguage;
import io.arcticmatch.matcher.posting.CurrencyRates;
import io.arcticmatch.matcher.posting.JobPosting;
import io.arcticmatch.matcher.posting.LanguageRequirement;
import io.arcticmatch.matcher.posting.PostingOccupation;
import io.arcticmatch.matcher.posting.PostingPlace;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.data.annotation.Id;
import org.springframework.data.elasticsearch.annotations.Document;

/**
 * A posting as Elasticsearch stores it. {@link #source} writes the fields of
 * {@link PostingFields} that searches filter and rank on (mapped in
 * {@code elasticsearch/posting-mapping.json}) plus the whole posting as JSON, not
 * indexed; reading a hit takes only that JSON, so a hit needs no second lookup, as in the
 * Lucene store. The index name comes from {@code arctic.index.elasticsearch.index-name}
 * at each call, not from this annotation.
 *
 * @param id the posting id
 * @param posting the posting as JSON
 */
@Document(indexName = "postings", createIndex = false)
record PostingDocument(@Id String id, String posting) {

	/** The stored posting JSON. */
	static final String POSTING = "posting";

	/** A deadline that never passes, as the Lucene store indexes "no deadline". */
	private static final long OPEN_FOREVER = Long.MAX_VALUE;

	/**
	 * @param posting a posting
	 * @param rates converts its salary to euros per month
	 * @param json writes the stored copy
	 * @return the document source to index
	 */
	static Map<String, Object> source(JobPosting posting, CurrencyRates rates, JsonMapper json) {
		Map<String, Object> source = new LinkedHashMap<>();
		source.put(PostingFields.ID, posting.id().toString());
		source.put(PostingFields.STATUS, posting.status().name());
		source.put(PostingFields.PUBLISHED, posting.published().toEpochMilli());
		source.put(PostingFields.DEADLINE,
				(posting.applicationDeadline() != null) ? posting.applicationDeadline().toEpochMilli() : OPEN_FOREVER);
		TextLanguage language = PostingFields.textLanguage(posting);
		source.put(PostingFields.textField(PostingFields.TITLE, language), posting.title());
		source.put(PostingFields.textField(PostingFields.DESCRIPTION, language),
				PostingFields.descriptionText(posting));
		source.put(PostingFields.EMPLOYER, posting.employer());
		PostingPlace place = posting.place();
		source.put(PostingFields.COUNTRY, place.country().name());
		putIfKnown(source, PostingFields.REGION, PostingFields.regionId(place));
		putIfKnown(source, PostingFields.MUNICIPALITY, PostingFields.municipalityId(place));
		source.put(PostingFields.PLACE, PostingFields.placeIds(place));
		PostingOccupation occupation = posting.occupation();
		if (occupation != null) {
			source.put(PostingFields.OCCUPATION, occupation.conceptId());
			source.put(PostingFields.ISCO, PostingFields.iscoGroups(occupation.iscoCode()));
			if (occupation.iscoCode().length() == 4) {
				source.put(PostingFields.ISCO_UNIT, occupation.iscoCode());
			}
		}
		source.put(PostingFields.SKILL, posting.skills());
		source.put(PostingFields.WORKING_LANGUAGE,
				posting.languages().stream().map(LanguageRequirement::languageCode).toList());
		source.put(PostingFields.DRIVING_LICENCE, posting.drivingLicences());
		putIfKnown(source, PostingFields.EMPLOYMENT_TYPE,
				(posting.employmentType() != null) ? posting.employmentType().name() : null);
		putIfKnown(source, PostingFields.REMOTE, (posting.remote() != null) ? posting.remote().name() : null);
		PostingFields.salary(posting, rates).ifPresent((salary) -> {
			source.put(PostingFields.SALARY_MIN, salary.min());
			source.put(PostingFields.SALARY_MAX, salary.max());
		});
		GeoPoint coordinates = place.coordinates();
		if (coordinates != null) {
			source.put(PostingFields.LOCATION, Map.of("lat", coordinates.latitude(), "lon", coordinates.longitude()));
		}
		source.put(POSTING, json.writeValueAsString(posting));
		return source;
	}

	private static void putIfKnown(Map<String, Object> source, String field, @Nullable String value) {
		if (value != null) {
			source.put(field, value);
		}
	}

	JobPosting toPosting(JsonMapper json) {
		return json.readValue(this.posting, JobPosting.class);
	}

}
