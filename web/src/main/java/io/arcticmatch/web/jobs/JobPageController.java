package io.arcticmatch.web.jobs;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import io.arcticmatch.ingest.duplicates.PostingSources;
import io.arcticmatch.matcher.concepts.core.LabelLanguage;
import io.arcticmatch.matcher.concepts.place.GeoPoint;
import io.arcticmatch.matcher.matching.Home;
import io.arcticmatch.matcher.matching.MatchScore;
import io.arcticmatch.matcher.posting.Facet;
import io.arcticmatch.matcher.posting.JobPosting;
import io.arcticmatch.matcher.posting.LanguageRequirement;
import io.arcticmatch.matcher.posting.PostingId;
import io.arcticmatch.matcher.posting.PostingIndex;
import io.arcticmatch.matcher.posting.PostingIndexUnavailable;
import io.arcticmatch.web.accounts.Account;
import io.arcticmatch.web.accounts.Role;
import io.arcticmatch.web.border.BorderGuidance;
import io.arcticmatch.web.employers.PostingViewed;
import io.arcticmatch.web.search.ConceptLabels;
import jakarta.servlet.http.HttpServletResponse;
import org.jsoup.Jsoup;
import org.jsoup.safety.Safelist;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;
import org.springframework.web.util.UriUtils;

/**
 * The page of one job: the whole ad, where it is published, how it matches the signed-in
 * seeker, and similar jobs.
 */
@Controller
class JobPageController {

	static final int SIMILAR = 5;

	/**
	 * What an ad's text may keep: the ingest pipeline sanitised it already, and it is
	 * cleaned again here because the page must not trust the index with its safety.
	 */
	private static final Safelist DESCRIPTION = Safelist.basic().addTags("h2", "h3", "h4");

	private static final Logger log = LoggerFactory.getLogger(JobPageController.class);

	private final PostingIndex index;

	private final JobViews views;

	private final JobPostingJsonLd jsonLd;

	private final BorderGuidance borderGuidance;

	private final ObjectProvider<PostingSources> postingSources;

	private final ApplicationEventPublisher events;

	/**
	 * @param postingSources every source of a job merged from several, where ingest runs
	 * in this process; without it a page shows the posting's own links
	 */
	JobPageController(PostingIndex index, JobViews views, JobPostingJsonLd jsonLd, BorderGuidance borderGuidance,
			ObjectProvider<PostingSources> postingSources, ApplicationEventPublisher events) {
		this.index = index;
		this.views = views;
		this.jsonLd = jsonLd;
		this.borderGuidance = borderGuidance;
		this.postingSources = postingSources;
		this.events = events;
	}

	/**
	 * A link to where the ad is published or applied for.
	 *
	 * @param label what the link leads to
	 * @param url the address, always http or https
	 */
	public record SourceLink(String label, String url) {

	}

	@GetMapping("/jobs/{id}")
	String job(@PathVariable String id, @Nullable Account account, Locale locale, HttpServletResponse response,
			Model model) {
		Optional<JobPosting> found;
		try {
			found = parse(id).flatMap(this.index::findById);
		}
		catch (PostingIndexUnavailable ex) {
			log.warn("The posting index did not answer for a job page", ex);
			response.setStatus(HttpStatus.SERVICE_UNAVAILABLE.value());
			response.setHeader(HttpHeaders.RETRY_AFTER, String.valueOf(JobSearchController.RETRY_AFTER_SECONDS));
			return "jobs/unavailable";
		}
		if (found.isEmpty()) {
			response.setStatus(HttpStatus.NOT_FOUND.value());
			return "jobs/not-found";
		}
		JobPosting posting = found.get();
		// employers count the views of their own openings
		this.events.publishEvent(new PostingViewed(posting.id()));
		Viewer viewer = this.views.viewer(account);
		JobsFormat format = new JobsFormat(locale);
		LabelLanguage language = ConceptLabels.languageOf(locale);
		ConceptLabels labels = this.views.labels();
		String description = Jsoup.clean(posting.description(), DESCRIPTION);

		model.addAttribute("posting", posting);
		model.addAttribute("job", this.views.card(posting, viewer, null, format));
		model.addAttribute("viewer", viewer);
		model.addAttribute("description", description);
		model.addAttribute("occupation",
				(posting.occupation() != null) ? labels.occupation(posting.occupation(), language) : null);
		model.addAttribute("employmentType", (posting.employmentType() != null)
				? labels.facetValue(Facet.EMPLOYMENT_TYPE, posting.employmentType().name(), language) : null);
		model.addAttribute("remote",
				(posting.remote() != null) ? labels.facetValue(Facet.REMOTE, posting.remote().name(), language) : null);
		model.addAttribute("salary",
				(posting.salary() != null) ? this.views.message("jobs.salary.per." + posting.salary().period().name(),
						locale, format.salary(posting.salary())) : null);
		model.addAttribute("languageLines",
				posting.languages()
					.stream()
					.map((requirement) -> languageLine(requirement,
							labels.facetValue(Facet.WORKING_LANGUAGE, requirement.languageCode(), language), locale))
					.toList());
		model.addAttribute("licences",
				posting.drivingLicences()
					.stream()
					.map((licence) -> labels.facetValue(Facet.DRIVING_LICENCE, licence, language))
					.toList());
		GeoPoint location = posting.place().coordinates();
		if (location != null) {
			model.addAttribute("coordinates", this.views.message("jobs.job.coordinatesValue", locale,
					format.decimal(location.latitude(), 4), format.decimal(location.longitude(), 4)));
			Home home = (viewer.profile() != null) ? viewer.profile().home() : null;
			if (home != null) {
				model.addAttribute("homeDistance", this.views.message("jobs.job.fromHome", locale,
						this.views.km(home.location().distanceKm(location), format), home.placeName()));
			}
		}
		model.addAttribute("sourceLinks", sourceLinks(posting, locale));
		URI apply = safe(posting.applyUrl()).or(() -> safe(posting.sourceUrl())).orElse(null);
		model.addAttribute("applyUrl", (apply != null) ? apply.toString() : null);
		MatchScore score = this.views.score(viewer, posting);
		model.addAttribute("score", score);
		model.addAttribute("similar", similar(posting.id(), viewer, locale));
		// a seeker gets the checklist of their own move; others the country's overview
		// page
		boolean seeker = account != null && account.role() == Role.SEEKER;
		model.addAttribute("borderGuidance",
				seeker ? this.borderGuidance.forSeeker(posting.place().country(), account.id(), locale) : List.of());
		model.addAttribute("livingAndWorking",
				"/living-and-working/" + posting.place().country().name().toLowerCase(Locale.ROOT));
		model.addAttribute("jsonLd", this.jsonLd.write(posting, description,
				ServletUriComponentsBuilder.fromCurrentRequestUri().replaceQuery(null).toUriString()));
		model.addAttribute("returnTo", "/jobs/" + UriUtils.encodePath(posting.id().toString(), StandardCharsets.UTF_8));
		return "jobs/job";
	}

	private List<JobCard> similar(PostingId id, Viewer viewer, Locale locale) {
		JobsFormat format = new JobsFormat(locale);
		try {
			return this.index.similarTo(id, SIMILAR)
				.stream()
				.map((posting) -> this.views.card(posting, viewer, null, format))
				.toList();
		}
		catch (PostingIndexUnavailable ex) {
			// the ad itself was read; similar jobs are a bonus the page can do without
			log.warn("The posting index did not answer for similar jobs", ex);
			return List.of();
		}
	}

	private String languageLine(LanguageRequirement requirement, String label, Locale locale) {
		return this.views.message(requirement.required() ? "jobs.job.languageRequired" : "jobs.job.languageMerit",
				locale, label);
	}

	private List<SourceLink> sourceLinks(JobPosting posting, Locale locale) {
		List<SourceLink> links = new ArrayList<>();
		String source = this.views.sourceName(posting.id().source(), locale);
		safe(posting.sourceUrl()).ifPresent((url) -> links
			.add(new SourceLink(this.views.message("jobs.job.adAt", locale, source), url.toString())));
		// the same job published by other sources, merged into this posting by ingest
		PostingSources merged = this.postingSources.getIfAvailable();
		if (merged != null) {
			merged.of(posting.id())
				.stream()
				.filter((other) -> !other.postingId().equals(posting.id()))
				.forEach(
						(other) -> safe(other.url())
							.ifPresent((url) -> links.add(new SourceLink(
									this.views.message("jobs.job.adAt", locale,
											this.views.sourceName(other.postingId().source(), locale)),
									url.toString()))));
		}
		safe(posting.applyUrl()).filter((url) -> !url.equals(posting.sourceUrl()))
			.ifPresent((url) -> links
				.add(new SourceLink(this.views.message("jobs.job.applyAt", locale, url.getHost()), url.toString())));
		return links;
	}

	/**
	 * Only web addresses become links: a {@code javascript:} address from a feed must
	 * not.
	 */
	static Optional<URI> safe(@Nullable URI url) {
		if (url == null || url.getScheme() == null || url.getHost() == null) {
			return Optional.empty();
		}
		String scheme = url.getScheme().toLowerCase(Locale.ROOT);
		return (scheme.equals("http") || scheme.equals("https")) ? Optional.of(url) : Optional.empty();
	}

	static Optional<PostingId> parse(String id) {
		try {
			return Optional.of(PostingId.parse(id));
		}
		catch (IllegalArgumentException ex) {
			return Optional.empty();
		}
	}

}
