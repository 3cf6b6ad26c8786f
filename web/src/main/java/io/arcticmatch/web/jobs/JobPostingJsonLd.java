package io.arcticmatch.web.jobs;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.arcticmatch.matcher.concepts.place.GeoPoint;
import io.arcticmatch.matcher.posting.EmploymentType;
import io.arcticmatch.matcher.posting.JobPosting;
import io.arcticmatch.matcher.posting.RemoteMode;
import io.arcticmatch.matcher.posting.WorkingTime;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.stereotype.Component;

/**
 * Describes a posting as a schema.org {@code JobPosting} for search engines, written to
 * sit inside a {@code <script type="application/ld+json">} element.
 */
@Component
class JobPostingJsonLd {

	private final JsonMapper json;

	JobPostingJsonLd(JsonMapper json) {
		this.json = json;
	}

	/**
	 * @param posting the posting
	 * @param description its description, already sanitised
	 * @param url the job page's address
	 * @return JSON in which no {@code <}, {@code >} or {@code &} appears literally, so no
	 * text of the ad can end the script element or open a comment
	 */
	String write(JobPosting posting, String description, String url) {
		Map<String, Object> ld = new LinkedHashMap<>();
		ld.put("@context", "https://schema.org");
		ld.put("@type", "JobPosting");
		ld.put("title", posting.title());
		ld.put("description", description);
		ld.put("identifier",
				Map.of("@type", "PropertyValue", "name", posting.id().source(), "value", posting.id().sourceId()));
		ld.put("datePosted", posting.published().toString());
		if (posting.applicationDeadline() != null) {
			ld.put("validThrough", posting.applicationDeadline().toString());
		}
		if (!posting.employer().isBlank()) {
			ld.put("hiringOrganization", Map.of("@type", "Organization", "name", posting.employer()));
		}
		ld.put("jobLocation", location(posting));
		List<String> types = employmentTypes(posting);
		if (!types.isEmpty()) {
			ld.put("employmentType", types);
		}
		if (posting.remote() == RemoteMode.REMOTE) {
			ld.put("jobLocationType", "TELECOMMUTE");
		}
		if (posting.salary() != null) {
			Map<String, Object> value = new LinkedHashMap<>();
			value.put("@type", "QuantitativeValue");
			value.put("minValue", posting.salary().min());
			if (posting.salary().max() != null) {
				value.put("maxValue", posting.salary().max());
			}
			value.put("unitText", posting.salary().period().name());
			ld.put("baseSalary", Map.of("@type", "MonetaryAmount", "currency",
					posting.salary().currency().getCurrencyCode(), "value", value));
		}
		ld.put("url", url);
		return this.json.writeValueAsString(ld).replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026");
	}

	private static Map<String, Object> location(JobPosting posting) {
		Map<String, Object> address = new LinkedHashMap<>();
		address.put("@type", "PostalAddress");
		if (posting.place().name() != null) {
			address.put("addressLocality", posting.place().name());
		}
		address.put("addressCountry", posting.place().country().name());
		Map<String, Object> place = new LinkedHashMap<>();
		place.put("@type", "Place");
		place.put("address", address);
		GeoPoint point = posting.place().coordinates();
		if (point != null) {
			place.put("geo",
					Map.of("@type", "GeoCoordinates", "latitude", point.latitude(), "longitude", point.longitude()));
		}
		return place;
	}

	private static List<String> employmentTypes(JobPosting posting) {
		List<String> types = new ArrayList<>();
		if (posting.workingTime() == WorkingTime.FULL_TIME) {
			types.add("FULL_TIME");
		}
		else if (posting.workingTime() == WorkingTime.PART_TIME) {
			types.add("PART_TIME");
		}
		if (posting.employmentType() == EmploymentType.TEMPORARY
				|| posting.employmentType() == EmploymentType.SEASONAL) {
			types.add("TEMPORARY");
		}
		else if (posting.employmentType() == EmploymentType.OTHER) {
			types.add("OTHER");
		}
		return types;
	}

}
