package io.arcticmatch.ingest.source.nav;

import java.time.Instant;
import java.util.Locale;

import io.arcticmatch.ingest.source.CodedText;
import io.arcticmatch.ingest.source.Conversion;
import io.arcticmatch.ingest.source.PostingConverter;
import io.arcticmatch.ingest.source.PostingOrigin;
import io.arcticmatch.ingest.source.SourceAd;
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
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;

/**
 * Reads one pam-stilling-feed entry, {@code GET /api/v1/feedentry/{uuid}}: {@code {uuid,
 * status, sistEndret, ad_content}}. NAV's code names the content {@code ad_content}, its
 * docs {@code json}; both are read. An entry that is not ACTIVE, or has no content,
 * withdraws the ad: NAV leaves the content out of inactive entries (or masks it) and its
 * terms require removing them. A feed page's {@code _feed_entry} object (see
 * {@link NavFeedPage}) is an entry without content, so an inactive line converts here
 * too.
 */
public final class NavFeedEntryConverter implements PostingConverter {

	private static final String ACTIVE = "ACTIVE";

	@Override
	public SourceFormat format() {
		return SourceFormat.NAV_FEED_ENTRY;
	}

	@Override
	public ConversionGuard.Mapping mapping(PostingOrigin origin) {
		return (entry, guesses) -> convert(origin, entry, guesses);
	}

	private Conversion convert(PostingOrigin origin, Fields entry, Guesses guesses) {
		Fields content = content(entry);
		PostingId id = new PostingId(NavMapping.SOURCE, id(origin, entry, content, guesses));
		Instant changed = SourceTimes.instant(entry, "sistEndret", NavMapping.OSLO, guesses);
		String status = entry.text("status");
		if (status == null) {
			guesses.add("status is missing; %s"
				.formatted(content.isAbsent() ? "no ad_content either, so read as withdrawn" : "read as ACTIVE"));
		}
		else if (!ACTIVE.equals(status.toUpperCase(Locale.ROOT))) {
			return withdrawn(origin, id, changed, content, guesses);
		}
		if (content.isAbsent()) {
			if (status != null) {
				guesses.add("status is %s but there is no ad_content; read as withdrawn".formatted(status));
			}
			return withdrawn(origin, id, changed, content, guesses);
		}
		return new Conversion.Converted(ad(id, changed, content, guesses));
	}

	private static Fields content(Fields entry) {
		String name = entry.has("ad_content") ? "ad_content" : "json";
		JsonNode value = entry.jsonInText(name, JsonPayloads.JSON);
		if (value.isMissingNode() || value.isNull()) {
			return new Fields(value, name);
		}
		if (!value.isObject()) {
			return entry.object(name);
		}
		return new Fields(value, name);
	}

	private static String id(PostingOrigin origin, Fields entry, Fields content, Guesses guesses) {
		String uuid = entry.text("uuid");
		return SourceIds.choose((uuid != null) ? uuid : content.text("uuid"), "uuid", origin, guesses);
	}

	private static Conversion withdrawn(PostingOrigin origin, PostingId id, @Nullable Instant changed, Fields content,
			Guesses guesses) {
		Instant when = changed;
		if (when == null && !content.isAbsent()) {
			when = SourceTimes.instant(content, "updated", NavMapping.OSLO, guesses);
		}
		if (when == null) {
			guesses.add("no sistEndret; the withdrawal is dated when it was fetched");
			when = origin.fetchedAt();
		}
		return new Conversion.Withdrawn(id, when, guesses.list());
	}

	private static SourceAd ad(PostingId id, @Nullable Instant changed, Fields content, Guesses guesses) {
		Fields employer = content.object("employer");
		Deadline deadline = Deadlines.parse(content.text("applicationDue"), content.pathOf("applicationDue"),
				NavMapping.OSLO, guesses);
		Instant updated = changed;
		if (updated == null) {
			updated = SourceTimes.instant(content, "updated", NavMapping.OSLO, guesses);
		}
		String link = content.text("link");
		if (link == null) {
			link = NavMapping.adPage(id.sourceId());
			guesses.add("ad_content.link is missing; used the arbeidsplassen.nav.no page of the uuid");
		}
		return SourceAd.builder(id, content.requiredText("title"))
			.employer(employer.text("name"),
					OrgNumbers.check(employer.text("orgnr"), Country.NO, employer.pathOf("orgnr"), guesses))
			.descriptionHtml(content.verbatim("description"))
			.occupations(NavMapping.categories(content.objects("categoryList"), guesses))
			.places(NavMapping.places(content.objects("workLocations"), guesses))
			.employmentType(CodedText.of(content.text("engagementtype"), null))
			.workingTime(WorkingTime.of(content.text("extent"), null, null, null))
			.published(SourceTimes.instant(content, "published", NavMapping.OSLO, guesses))
			.updated(updated)
			.applicationDeadline(deadline.at(), deadline.text())
			.sourceUrl(link)
			.applyUrl(Links.link(content.text("applicationUrl"), content.pathOf("applicationUrl"), guesses))
			.build(guesses.list());
	}

}
