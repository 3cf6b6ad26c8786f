package io.arcticmatch.web.jobs;

import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import io.arcticmatch.matcher.concepts.core.LabelLanguage;
import io.arcticmatch.matcher.posting.Facet;
import io.arcticmatch.matcher.posting.FacetCount;
import io.arcticmatch.matcher.posting.InvalidPostingQuery;
import io.arcticmatch.matcher.posting.PostingIndex;
import io.arcticmatch.matcher.posting.PostingIndexUnavailable;
import io.arcticmatch.matcher.posting.PostingPage;
import io.arcticmatch.matcher.posting.PostingQuery;
import io.arcticmatch.web.accounts.Account;
import io.arcticmatch.web.jobs.SearchPage.ActiveFilter;
import io.arcticmatch.web.jobs.SearchPage.FacetGroup;
import io.arcticmatch.web.jobs.SearchPage.FacetOption;
import io.arcticmatch.web.jobs.SearchPage.PageLink;
import io.arcticmatch.web.jobs.SearchPage.Problem;
import io.arcticmatch.web.search.ConceptLabels;
import io.arcticmatch.web.search.InvalidParameters;
import io.arcticmatch.web.search.SearchParameterReader;
import io.arcticmatch.web.search.SearchParameterReader.SearchRequest;
import io.arcticmatch.web.search.SearchParameters;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * The search page. Its form is a plain GET form whose fields carry exactly the names of
 * the search API's parameters, so the address holds the whole search and can be
 * bookmarked, shared, or turned into an API call.
 */
@Controller
class JobSearchController {

	/** How long a visitor should wait before searching again when the index is away. */
	static final int RETRY_AFTER_SECONDS = 30;

	/** The facets in the order the page lists them, with the parameter each one sets. */
	static final Map<Facet, String> FACETS = facets();

	/**
	 * Parameters that filter, besides the facets; page, size and sort are not filters.
	 */
	static final List<String> OTHER_FILTERS = List.of("salaryMin", "salaryMax", "salaryStatedOnly",
			"publishedWithinDays", "near", "withinKm");

	/**
	 * The values a facet lists until the visitor asks for the rest: a short list reads
	 * and tabs through faster than the index's {@value PostingPage#FACET_VALUES}, and the
	 * bare search page without 60 of its 111 check boxes costs about 14 % less processor
	 * time (docs/benchmarks.md, issue 8).
	 */
	static final int FACET_VALUES_SHOWN = 10;

	/** The parameter that names the facets listed whole. */
	static final String MORE = "more";

	/** The choices of how recent postings must be, in days. */
	static final List<String> PUBLISHED_WITHIN = List.of("1", "3", "7", "14", "30");

	private static final Logger log = LoggerFactory.getLogger(JobSearchController.class);

	private final PostingIndex index;

	private final SearchParameterReader reader;

	private final JobViews views;

	JobSearchController(PostingIndex index, SearchParameterReader reader, JobViews views) {
		this.index = index;
		this.reader = reader;
		this.views = views;
	}

	@GetMapping("/jobs")
	String search(@Nullable Account account, Locale locale, HttpServletRequest request, HttpServletResponse response,
			Model model) {
		SearchParameters parameters = SearchParameters.of(request.getParameterMap());
		model.addAttribute("form", parameters);
		QueryLinks links = new QueryLinks("/jobs", request.getParameterMap());
		model.addAttribute("returnTo", links.current());
		model.addAttribute("selected", selected(links));
		model.addAttribute("activeFilters", activeFilters(links, locale));
		model.addAttribute("clearUrl", links.without(allFilters()));
		model.addAttribute("facetParameters", FACETS.values());
		List<String> published = new ArrayList<>(PUBLISHED_WITHIN);
		links.values("publishedWithinDays")
			.stream()
			.filter((value) -> !published.contains(value))
			.forEach(published::add);
		model.addAttribute("publishedOptions", published);
		SearchRequest search;
		try {
			search = this.reader.read(parameters);
		}
		catch (InvalidParameters ex) {
			response.setStatus(HttpStatus.BAD_REQUEST.value());
			model.addAttribute("problems",
					ex.problems()
						.stream()
						.map((problem) -> new Problem(problem.parameter(),
								this.views.message("jobs.param." + problem.parameter(), locale),
								this.views.message(problem.code(), locale, problem.arguments().toArray())))
						.toList());
			return "jobs/search";
		}
		PostingPage page;
		try {
			// the cards show no description, links or guesses
			page = this.index.searchShortened(search.query());
		}
		catch (InvalidPostingQuery ex) {
			response.setStatus(HttpStatus.BAD_REQUEST.value());
			model.addAttribute("problems", List.of(new Problem("q", this.views.message("jobs.param.q", locale),
					this.views.message("jobs.search.invalid", locale))));
			return "jobs/search";
		}
		catch (PostingIndexUnavailable ex) {
			log.warn("The posting index did not answer the search page", ex);
			response.setStatus(HttpStatus.SERVICE_UNAVAILABLE.value());
			response.setHeader(HttpHeaders.RETRY_AFTER, String.valueOf(RETRY_AFTER_SECONDS));
			model.addAttribute("unavailable", true);
			return "jobs/search";
		}
		Viewer viewer = this.views.viewer(account);
		JobsFormat format = new JobsFormat(locale);
		model.addAttribute("viewer", viewer);
		model.addAttribute("results",
				page.postings()
					.stream()
					.map((posting) -> this.views.card(posting, viewer, search.origin(), format))
					.toList());
		model.addAttribute("totalHits", page.totalHits());
		model.addAttribute("totalHitsText", format.number(page.totalHits()));
		model.addAttribute("facets", facetGroups(page, links, locale, format));
		addPaging(model, page, links);
		return "jobs/search";
	}

	private List<FacetGroup> facetGroups(PostingPage page, QueryLinks links, Locale locale, JobsFormat format) {
		LabelLanguage language = ConceptLabels.languageOf(locale);
		// a page lists some 120 values with their counts: the count's message is looked
		// up
		// once, not once a value
		MessageFormat countText = new MessageFormat(this.views.message("jobs.facet.count", locale), locale);
		List<FacetGroup> groups = new ArrayList<>();
		List<String> listedWhole = links.values(MORE);
		FACETS.forEach((facet, parameter) -> {
			Set<String> selected = new LinkedHashSet<>(links.values(parameter));
			boolean whole = listedWhole.contains(parameter);
			List<FacetOption> options = new ArrayList<>();
			int hidden = 0;
			for (FacetCount count : page.facet(facet)) {
				boolean chosen = selected.remove(count.value());
				// a chosen value is always listed, so it can be taken off again
				if (whole || chosen || options.size() < FACET_VALUES_SHOWN) {
					options.add(new FacetOption(parameter + "-" + options.size(), count.value(),
							this.views.labels().facetValue(facet, count.value(), language),
							countText.format(new Object[] { format.number(count.count()) }), chosen));
				}
				else {
					hidden++;
				}
			}
			// a chosen value without results stays, so it can be taken off again
			for (String value : selected) {
				options.add(new FacetOption(parameter + "-" + options.size(), value,
						this.views.labels().facetValue(facet, value, language),
						countText.format(new Object[] { format.number(0) }), true));
			}
			if (!options.isEmpty()) {
				groups.add(new FacetGroup(parameter, options, hidden,
						(hidden > 0) ? links.withAdded(MORE, parameter) : null));
			}
		});
		return groups;
	}

	private void addPaging(Model model, PostingPage page, QueryLinks links) {
		long reachable = Math.min(page.totalPages(), PostingQuery.MAX_RESULT_WINDOW / page.size());
		int current = page.page();
		model.addAttribute("pageNumber", current + 1);
		model.addAttribute("pageCount", Math.max(reachable, 1));
		model.addAttribute("previousUrl", (current > 0) ? links.page(current - 1) : null);
		model.addAttribute("nextUrl", (current + 1 < reachable) ? links.page(current + 1) : null);
		List<PageLink> pages = new ArrayList<>();
		for (long number = Math.max(0, current - 3); number < Math.min(reachable, current + 4); number++) {
			pages.add(new PageLink((int) number + 1, (number == current) ? null : links.page((int) number)));
		}
		model.addAttribute("pages", pages);
	}

	private Map<String, Set<String>> selected(QueryLinks links) {
		Map<String, Set<String>> selected = new java.util.HashMap<>();
		for (String parameter : List.of("country", "region", "municipality", "isco", "employmentType", "language",
				"licence", "remote", "currency", "salaryPeriod", "publishedWithinDays", "sort")) {
			selected.put(parameter, new LinkedHashSet<>(links.values(parameter)));
		}
		return selected;
	}

	private List<ActiveFilter> activeFilters(QueryLinks links, Locale locale) {
		LabelLanguage language = ConceptLabels.languageOf(locale);
		List<ActiveFilter> filters = new ArrayList<>();
		FACETS.forEach((facet, parameter) -> {
			for (String value : links.values(parameter)) {
				filters.add(new ActiveFilter(
						this.views.message("jobs.filter.named", locale,
								this.views.message("jobs.param." + parameter, locale),
								this.views.labels().facetValue(facet, value, language)),
						links.without(parameter, value)));
			}
		});
		for (String parameter : OTHER_FILTERS) {
			for (String value : links.values(parameter)) {
				filters.add(new ActiveFilter(
						this.views.message("jobs.filter.named", locale,
								this.views.message("jobs.param." + parameter, locale), value),
						links.without(parameter, value)));
			}
		}
		return filters;
	}

	private static List<String> allFilters() {
		List<String> all = new ArrayList<>(FACETS.values());
		all.addAll(OTHER_FILTERS);
		all.addAll(List.of("currency", "salaryPeriod"));
		return all;
	}

	private static Map<Facet, String> facets() {
		Map<Facet, String> facets = new java.util.LinkedHashMap<>();
		facets.put(Facet.COUNTRY, "country");
		facets.put(Facet.REGION, "region");
		facets.put(Facet.MUNICIPALITY, "municipality");
		facets.put(Facet.OCCUPATION, "isco");
		facets.put(Facet.EMPLOYMENT_TYPE, "employmentType");
		facets.put(Facet.WORKING_LANGUAGE, "language");
		facets.put(Facet.DRIVING_LICENCE, "licence");
		facets.put(Facet.REMOTE, "remote");
		return java.util.Collections.unmodifiableMap(facets);
	}

}
