package io.arcticmatch.ingest.source.nav;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import io.arcticmatch.ingest.source.CodeSystem;
import io.arcticmatch.ingest.source.CodedText;
import io.arcticmatch.ingest.source.Conversion;
import io.arcticmatch.ingest.source.PostingConverter;
import io.arcticmatch.ingest.source.PostingOrigin;
import io.arcticmatch.ingest.source.SourceAd;
import io.arcticmatch.ingest.source.SourceCode;
import io.arcticmatch.ingest.source.SourceFormat;
import io.arcticmatch.ingest.source.WorkingTime;
import io.arcticmatch.ingest.source.parse.ConversionGuard;
import io.arcticmatch.ingest.source.parse.Deadline;
import io.arcticmatch.ingest.source.parse.Deadlines;
import io.arcticmatch.ingest.source.parse.Fields;
import io.arcticmatch.ingest.source.parse.Guesses;
import io.arcticmatch.ingest.source.parse.JsonPayloads;
import io.arcticmatch.ingest.source.parse.Links;
import io.arcticmatch.ingest.source.parse.OrgNumbers;
import io.arcticmatch.ingest.source.parse.SourceIds;
import io.arcticmatch.ingest.source.parse.SourceTimes;
import io.arcticmatch.matcher.concepts.place.Country;
import io.arcticmatch.matcher.posting.PostingId;
import tools.jackson.databind.JsonNode;

/**
 * Reads one ad in NAV's internal pam-ad format, the record pam-stilling-feed is built
 * from (also the {@code _source} of NAV's internal search hits). Unlike the feed it keeps
 * expired and stopped ads with their content, so a status other than ACTIVE gives an
 * inactive {@link SourceAd}, not a withdrawal. Some properties are JSON written as text
 * ({@code ontologyJobtitle}, {@code searchtags}, {@code workhours}).
 */
public final class NavInternalAdConverter implements PostingConverter {

	private static final String ACTIVE = "ACTIVE";

	@Override
	public SourceFormat format() {
		return SourceFormat.NAV_INTERNAL_AD;
	}

	@Override
	public ConversionGuard.Mapping mapping(PostingOrigin origin) {
		return (root, guesses) -> {
			Fields ad = root.has("_source") ? root.object("_source") : root;
			return new Conversion.Converted(ad(origin, ad, guesses));
		};
	}

	private static SourceAd ad(PostingOrigin origin, Fields ad, Guesses guesses) {
		PostingId id = new PostingId(NavMapping.SOURCE, SourceIds.choose(ad.text("uuid"), "uuid", origin, guesses));
		Fields properties = ad.object("properties");
		Fields employer = ad.object("employer");
		String status = ad.text("status");
		if (status == null) {
			guesses.add("status is missing; read as ACTIVE");
		}
		String employerName = ad.text("businessName");
		if (employerName == null) {
			employerName = employer.text("name");
		}
		if (employerName == null) {
			employerName = properties.text("employer");
		}
		List<Fields> locations = ad.objects("locationList");
		if (locations.isEmpty() && ad.has("location")) {
			locations = List.of(ad.object("location"));
			guesses.add("locationList is empty; used location");
		}
		Deadline deadline = Deadlines.parse(properties.text("applicationdue"), properties.pathOf("applicationdue"),
				NavMapping.OSLO, guesses);
		Instant updated = SourceTimes.instant(ad, "updated", NavMapping.OSLO, guesses);
		guesses.add("the internal format has no ad link; used the arbeidsplassen.nav.no page of the uuid");
		return SourceAd.builder(id, ad.requiredText("title"))
			.active(status == null || ACTIVE.equals(status.toUpperCase(Locale.ROOT)))
			.employer(employerName,
					OrgNumbers.check(employer.text("orgnr"), Country.NO, employer.pathOf("orgnr"), guesses))
			.descriptionHtml(properties.verbatim("adtext"))
			.occupations(occupations(ad, properties, guesses))
			.places(NavMapping.places(locations, guesses))
			.employmentType(CodedText.of(properties.text("engagementtype"), null))
			.workingTime(WorkingTime.of(properties.text("extent"), null, null, null))
			.salaryText(properties.text("salary"))
			.published(SourceTimes.instant(ad, "published", NavMapping.OSLO, guesses))
			.updated(updated)
			.applicationDeadline(deadline.at(), deadline.text())
			.sourceUrl(NavMapping.adPage(id.sourceId()))
			.applyUrl(Links.link(properties.text("applicationurl"), properties.pathOf("applicationurl"), guesses))
			.build(guesses.list());
	}

	/**
	 * The categoryList, then the JANZZ concept and STYRK-08 code of
	 * {@code properties.ontologyJobtitle} (JSON as text:
	 * {@code {"konseptId":266998,"label":"...","styrk08":"2342"}}) when they add
	 * something.
	 */
	private static List<SourceCode> occupations(Fields ad, Fields properties, Guesses guesses) {
		Set<SourceCode> codes = new LinkedHashSet<>(NavMapping.categories(ad.objects("categoryList"), guesses));
		JsonNode ontology = properties.jsonInText("ontologyJobtitle", JsonPayloads.JSON);
		if (ontology.isObject()) {
			Fields jobtitle = new Fields(ontology, properties.pathOf("ontologyJobtitle"));
			String label = jobtitle.text("label");
			String concept = jobtitle.text("konseptId");
			if (concept != null) {
				codes.add(new SourceCode(CodeSystem.JANZZ, concept, label));
			}
			String styrk = jobtitle.text("styrk08");
			if (styrk != null) {
				codes.add(new SourceCode(CodeSystem.STYRK08, styrk, null));
			}
		}
		return new ArrayList<>(codes);
	}

}
