package io.arcticmatch.ingest.source.jobtech;

import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

import io.arcticmatch.ingest.source.CodeSystem;
import io.arcticmatch.ingest.source.CodedText;
import io.arcticmatch.ingest.source.Conversion;
import io.arcticmatch.ingest.source.Coordinates;
import io.arcticmatch.ingest.source.PostingConverter;
import io.arcticmatch.ingest.source.PostingOrigin;
import io.arcticmatch.ingest.source.Requirement;
import io.arcticmatch.ingest.source.SourceAd;
import io.arcticmatch.ingest.source.SourceCode;
import io.arcticmatch.ingest.source.SourceFormat;
import io.arcticmatch.ingest.source.SourcePlace;
import io.arcticmatch.ingest.source.WorkingTime;
import io.arcticmatch.ingest.source.parse.BadField;
import io.arcticmatch.ingest.source.parse.ConversionGuard;
import io.arcticmatch.ingest.source.parse.Countries;
import io.arcticmatch.ingest.source.parse.Deadline;
import io.arcticmatch.ingest.source.parse.Deadlines;
import io.arcticmatch.ingest.source.parse.Fields;
import io.arcticmatch.ingest.source.parse.Guesses;
import io.arcticmatch.ingest.source.parse.Links;
import io.arcticmatch.ingest.source.parse.OrgNumbers;
import io.arcticmatch.ingest.source.parse.PlainTextHtml;
import io.arcticmatch.ingest.source.parse.SourceIds;
import io.arcticmatch.ingest.source.parse.SourceTimes;
import io.arcticmatch.matcher.concepts.place.Country;
import io.arcticmatch.matcher.posting.PostingId;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;

/**
 * Reads one JobTech ad object, or a removed-ad stub ({@code removed: true}), which
 * withdraws the ad. The ad id may be text or a number. Taxonomy values are kept as
 * JobTech concept ids with their Swedish labels; the occupation group's legacy id is its
 * SSYK 2012 code and is kept as such too.
 */
public final class JobTechAdConverter implements PostingConverter {

	static final String SOURCE = "jobtech";

	static final ZoneId STOCKHOLM = ZoneId.of("Europe/Stockholm");

	private static final String AD_PAGE = "https://arbetsformedlingen.se/platsbanken/annonser/";

	private static final Pattern HTML_TAG = Pattern.compile("<[a-zA-Z/][^>]*>");

	private static final Pattern SSYK = Pattern.compile("\\d{4}");

	/** JobTech writes this where it has no salary text. */
	private static final String UNDEFINED = "Undefined";

	/**
	 * A box around Norway, Sweden and Finland, to notice coordinates given latitude
	 * first.
	 */
	private static final double NORDIC_SOUTH = 54;

	private static final double NORDIC_NORTH = 72;

	private static final double NORDIC_WEST = 4;

	private static final double NORDIC_EAST = 32;

	@Override
	public SourceFormat format() {
		return SourceFormat.JOBTECH_AD;
	}

	@Override
	public ConversionGuard.Mapping mapping(PostingOrigin origin) {
		return (ad, guesses) -> convert(origin, ad, guesses);
	}

	private static Conversion convert(PostingOrigin origin, Fields ad, Guesses guesses) {
		PostingId id = new PostingId(SOURCE, SourceIds.choose(ad.text("id"), "id", origin, guesses));
		if (Boolean.TRUE.equals(ad.bool("removed"))) {
			return withdrawn(origin, id, ad, guesses);
		}
		Fields employer = ad.object("employer");
		String employerName = employer.text("name");
		if (employerName == null) {
			employerName = employer.text("workplace");
		}
		Fields workingHours = ad.object("scope_of_work");
		Concept hoursType = concept(ad, "working_hours_type", false, guesses);
		Deadline deadline = Deadlines.parse(ad.text("application_deadline"), ad.pathOf("application_deadline"),
				STOCKHOLM, guesses);
		String salary = ad.text("salary_description");
		String page = ad.text("webpage_url");
		if (page == null) {
			page = AD_PAGE + id.sourceId();
			guesses.add("webpage_url is missing; used the Platsbanken page of the id");
		}
		return new Conversion.Converted(SourceAd.builder(id, ad.requiredText("headline"))
			.employer(employerName,
					OrgNumbers.check(employer.text("organization_number"), Country.SE,
							employer.pathOf("organization_number"), guesses))
			.descriptionHtml(description(ad.object("description"), guesses))
			.occupations(occupations(ad, guesses))
			.skills(requirements(ad, "skills", CodeSystem.JOBTECH_SKILL, guesses))
			.languages(requirements(ad, "languages", CodeSystem.JOBTECH_LANGUAGE, guesses))
			.drivingLicences(codes(ad.objects("driving_license"), CodeSystem.JOBTECH_DRIVING_LICENCE, guesses))
			.places(places(ad, guesses))
			.employmentType(codedText(concept(ad, "employment_type", false, guesses)))
			.duration(codedText(concept(ad, "duration", false, guesses)))
			.workingTime(WorkingTime.of((hoursType != null) ? hoursType.label() : null,
					(hoursType != null) ? hoursType.conceptId() : null, workingHours.integer("min"),
					workingHours.integer("max")))
			.salaryText(UNDEFINED.equals(salary) ? null : salary)
			.published(SourceTimes.instant(ad, "publication_date", STOCKHOLM, guesses))
			.updated(SourceTimes.instant(ad, "timestamp", STOCKHOLM, guesses))
			.applicationDeadline(deadline.at(), deadline.text())
			.sourceUrl(page)
			.applyUrl(Links.link(ad.object("application_details").text("url"),
					ad.object("application_details").pathOf("url"), guesses))
			.build(guesses.list()));
	}

	private static Conversion withdrawn(PostingOrigin origin, PostingId id, Fields stub, Guesses guesses) {
		Instant when = SourceTimes.instant(stub, "removed_date", STOCKHOLM, guesses);
		if (when == null) {
			when = SourceTimes.instant(stub, "timestamp", STOCKHOLM, guesses);
		}
		if (when == null) {
			guesses.add("no removed_date; the withdrawal is dated when it was fetched");
			when = origin.fetchedAt();
		}
		return new Conversion.Withdrawn(id, when, guesses.list());
	}

	/**
	 * The HTML version when it has markup; otherwise the plain text made HTML, since
	 * {@code text_formatted} is sometimes only the plain text again with entities.
	 */
	private static @Nullable String description(Fields description, Guesses guesses) {
		String formatted = description.verbatim("text_formatted");
		String plain = description.verbatim("text");
		if (formatted != null && HTML_TAG.matcher(formatted).find()) {
			return formatted;
		}
		if (plain != null) {
			if (formatted != null) {
				guesses.add("description.text_formatted has no HTML tags; built the HTML from description.text");
			}
			return PlainTextHtml.toHtml(plain);
		}
		return formatted;
	}

	private static List<SourceCode> occupations(Fields ad, Guesses guesses) {
		List<SourceCode> codes = new ArrayList<>();
		Concept name = concept(ad, "occupation", true, guesses);
		if (name != null && name.conceptId() != null) {
			codes.add(new SourceCode(CodeSystem.JOBTECH_OCCUPATION_NAME, name.conceptId(), name.label()));
		}
		Concept group = concept(ad, "occupation_group", true, guesses);
		if (group != null && group.conceptId() != null) {
			codes.add(new SourceCode(CodeSystem.JOBTECH_OCCUPATION_GROUP, group.conceptId(), group.label()));
		}
		if (group != null && group.legacyId() != null) {
			if (!SSYK.matcher(group.legacyId()).matches()) {
				guesses
					.add("occupation_group.legacy_ams_taxonomy_id '%s' is not a 4-digit SSYK 2012 code; kept as given"
						.formatted(group.legacyId()));
			}
			codes.add(new SourceCode(CodeSystem.SSYK2012, group.legacyId(), group.label()));
		}
		Concept field = concept(ad, "occupation_field", true, guesses);
		if (field != null && field.conceptId() != null) {
			codes.add(new SourceCode(CodeSystem.JOBTECH_OCCUPATION_FIELD, field.conceptId(), field.label()));
		}
		return codes;
	}

	private static List<Requirement> requirements(Fields ad, String kind, CodeSystem system, Guesses guesses) {
		List<Requirement> requirements = new ArrayList<>();
		for (SourceCode code : codes(ad.object("must_have").objects(kind), system, guesses)) {
			requirements.add(new Requirement(code, true));
		}
		for (SourceCode code : codes(ad.object("nice_to_have").objects(kind), system, guesses)) {
			requirements.add(new Requirement(code, false));
		}
		return requirements;
	}

	private static List<SourceCode> codes(List<Fields> concepts, CodeSystem system, Guesses guesses) {
		List<SourceCode> codes = new ArrayList<>();
		for (Fields concept : concepts) {
			String id = concept.text("concept_id");
			if (id == null) {
				guesses.add("%s has no concept_id; skipped".formatted(concept.path()));
				continue;
			}
			codes.add(new SourceCode(system, id, concept.text("label")));
		}
		return codes;
	}

	private static List<SourcePlace> places(Fields ad, Guesses guesses) {
		Fields address = ad.object("workplace_address");
		if (address.isAbsent()) {
			guesses.add("no workplace_address given");
			return List.of();
		}
		String countryName = address.text("country");
		String countryCode = address.text("country_code");
		Country country = Countries.of(countryName);
		if (country == null && countryName == null) {
			country = Countries.of(countryCode);
		}
		String municipalityCode = address.text("municipality_code");
		String municipality = address.text("municipality");
		String regionCode = address.text("region_code");
		String region = address.text("region");
		String postcode = address.text("postcode");
		String city = address.text("city");
		String street = address.text("street_address");
		Coordinates coordinates = coordinates(address, guesses);
		if (country == null && countryName == null) {
			if (municipalityCode == null && municipality == null && regionCode == null && region == null
					&& postcode == null && city == null && street == null && coordinates == null) {
				guesses.add("workplace_address is empty");
				return List.of();
			}
			country = Country.SE;
			guesses.add(
					(countryCode != null) ? "workplace_address.country_code '%s' is not a known country; read as Sweden"
						.formatted(countryCode) : "workplace_address has no country; read as Sweden");
		}
		else if (country == null) {
			guesses.add("workplace_address.country '%s' is not NO, SE or FI; kept as a place abroad"
				.formatted(countryName));
		}
		return List.of(new SourcePlace(country, (countryName != null) ? countryName : countryCode, municipalityCode,
				municipality, regionCode, region, postcode, city, street, coordinates));
	}

	/** JobTech writes [longitude, latitude] (GeoJSON order), sometimes [null, null]. */
	private static @Nullable Coordinates coordinates(Fields address, Guesses guesses) {
		String path = address.pathOf("coordinates");
		JsonNode value = address.node("coordinates");
		if (value.isMissingNode() || value.isNull()) {
			guesses.add("%s missing".formatted(path));
			return null;
		}
		if (!value.isArray() || value.size() != 2) {
			throw new BadField(
					"field '%s' should be [longitude, latitude] but is %s".formatted(path, Fields.describe(value)));
		}
		if (!value.get(0).isNumber() || !value.get(1).isNumber()) {
			guesses.add("%s is %s, not two numbers; left empty".formatted(path, value));
			return null;
		}
		double longitude = value.get(0).doubleValue();
		double latitude = value.get(1).doubleValue();
		if (!nordic(latitude, longitude) && nordic(longitude, latitude)) {
			guesses.add(
					"%s %s lies outside the Nordics read as [longitude, latitude] but inside read the other way round; read as [latitude, longitude]"
						.formatted(path, value));
			return new Coordinates(longitude, latitude);
		}
		if (!Coordinates.isValid(latitude, longitude)) {
			guesses.add("%s %s is not a point; left empty".formatted(path, value));
			return null;
		}
		return new Coordinates(latitude, longitude);
	}

	private static boolean nordic(double latitude, double longitude) {
		return latitude >= NORDIC_SOUTH && latitude <= NORDIC_NORTH && longitude >= NORDIC_WEST
				&& longitude <= NORDIC_EAST;
	}

	private static @Nullable CodedText codedText(@Nullable Concept concept) {
		return (concept != null) ? CodedText.of(concept.label(), concept.conceptId()) : null;
	}

	/**
	 * A JobTech taxonomy value {@code {concept_id, label, legacy_ams_taxonomy_id}}. Stubs
	 * and some older ads give a bare text instead of the object.
	 */
	private record Concept(@Nullable String conceptId, @Nullable String label, @Nullable String legacyId) {

	}

	private static @Nullable Concept concept(Fields ad, String name, boolean bareTextIsId, Guesses guesses) {
		JsonNode value = ad.node(name);
		if (value.isString() || value.isNumber()) {
			String text = ad.text(name);
			if (text == null) {
				return null;
			}
			guesses.add("%s is the bare text '%s', not a taxonomy object; read as its %s".formatted(name, text,
					bareTextIsId ? "concept id" : "label"));
			return bareTextIsId ? new Concept(text, null, null) : new Concept(null, text, null);
		}
		Fields concept = ad.object(name);
		if (concept.isAbsent()) {
			return null;
		}
		Concept read = new Concept(concept.text("concept_id"), concept.text("label"),
				concept.text("legacy_ams_taxonomy_id"));
		return (read.conceptId() == null && read.label() == null && read.legacyId() == null) ? null : read;
	}

}
