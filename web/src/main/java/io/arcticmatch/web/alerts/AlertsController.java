package io.arcticmatch.web.alerts;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.FormatStyle;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import io.arcticmatch.web.accounts.Account;
import io.arcticmatch.web.search.InvalidParameters;
import io.arcticmatch.web.search.ParameterProblem;
import io.arcticmatch.web.search.SearchParameterReader;
import org.jspecify.annotations.Nullable;

import org.springframework.context.MessageSource;
import org.springframework.context.support.DefaultMessageSourceResolvable;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * {@code /seeker/alerts}: a job seeker's saved searches with their alerts. A search is
 * saved from the search page's address (or its query string); each one can be opened
 * again, mailed daily or weekly, paused and deleted. Someone else's search answers 404.
 */
@Controller
class AlertsController {

	private final SavedSearches searches;

	private final SearchParameterReader reader;

	private final MessageSource messages;

	private final AlertSettings settings;

	AlertsController(SavedSearches searches, SearchParameterReader reader, MessageSource messages,
			AlertSettings settings) {
		this.searches = searches;
		this.reader = reader;
		this.messages = messages;
		this.settings = settings;
	}

	/**
	 * A saved search as the page lists it.
	 *
	 * @param search the saved search
	 * @param problems why its query cannot run any more, in the reader's language; empty
	 * when it runs
	 * @param lastSent when it last mailed, in the reader's language and time zone
	 * @param nextMail when it next looks for postings, likewise
	 */
	record AlertRow(SavedSearch search, List<String> problems, @Nullable String lastSent, String nextMail) {

		public String jobsLink() {
			return "/jobs" + (this.search.query().isEmpty() ? "" : "?" + this.search.query());
		}

	}

	@GetMapping("/seeker/alerts")
	String alerts(Account account, @RequestParam(required = false) @Nullable String query,
			@RequestParam(required = false) @Nullable String name, Locale locale, Model model) {
		model.addAttribute("form", AlertForm.prefilled(name, query));
		return page(account, locale, model);
	}

	@PostMapping("/seeker/alerts")
	String save(Account account, @ModelAttribute("form") AlertForm form, BindingResult errors, Locale locale,
			Model model, RedirectAttributes redirect) {
		String name = (form.name() != null) ? form.name().strip() : "";
		if (name.isEmpty()) {
			errors.rejectValue("name", "alerts.form.name.required");
		}
		else if (name.length() > AlertForm.NAME_MAX) {
			errors.rejectValue("name", "alerts.form.name.tooLong", new Object[] { AlertForm.NAME_MAX }, null);
		}
		SearchQuery query = SearchQuery.parse(form.query());
		if (form.query() != null && form.query().length() > AlertForm.QUERY_MAX) {
			errors.rejectValue("query", "alerts.form.query.tooLong", new Object[] { AlertForm.QUERY_MAX }, null);
		}
		else {
			for (ParameterProblem problem : problems(query)) {
				errors.rejectValue("query", "alerts.form.query.problem",
						new Object[] { problem.parameter(), resolvable(problem) }, null);
			}
		}
		if (this.searches.count(account.id()) >= this.settings.maxPerSeeker()) {
			errors.reject("alerts.form.tooMany", new Object[] { this.settings.maxPerSeeker() }, null);
		}
		if (errors.hasErrors()) {
			model.addAttribute("form", form);
			return page(account, locale, model);
		}
		Frequency frequency = (form.frequency() != null) ? form.frequency() : Frequency.DAILY;
		this.searches.save(account.id(), new SavedSearches.NewSavedSearch(name, query.text(), frequency, locale));
		redirect.addFlashAttribute("flash", "alerts.saved");
		return "redirect:/seeker/alerts";
	}

	@PostMapping("/seeker/alerts/{id}/frequency")
	String changeFrequency(Account account, @PathVariable UUID id, @RequestParam Frequency frequency,
			RedirectAttributes redirect) {
		found(this.searches.changeFrequency(account.id(), id, frequency));
		redirect.addFlashAttribute("flash", "alerts.frequencyChanged");
		return "redirect:/seeker/alerts";
	}

	@PostMapping("/seeker/alerts/{id}/pause")
	String pause(Account account, @PathVariable UUID id, RedirectAttributes redirect) {
		found(this.searches.pause(account.id(), id, true));
		redirect.addFlashAttribute("flash", "alerts.paused");
		return "redirect:/seeker/alerts";
	}

	@PostMapping("/seeker/alerts/{id}/resume")
	String resume(Account account, @PathVariable UUID id, RedirectAttributes redirect) {
		found(this.searches.pause(account.id(), id, false));
		redirect.addFlashAttribute("flash", "alerts.resumed");
		return "redirect:/seeker/alerts";
	}

	@PostMapping("/seeker/alerts/{id}/delete")
	String delete(Account account, @PathVariable UUID id, RedirectAttributes redirect) {
		found(this.searches.delete(account.id(), id));
		redirect.addFlashAttribute("flash", "alerts.deleted");
		return "redirect:/seeker/alerts";
	}

	private String page(Account account, Locale locale, Model model) {
		model.addAttribute("alerts",
				this.searches.list(account.id()).stream().map((search) -> row(search, locale)).toList());
		model.addAttribute("frequencies", Frequency.values());
		return "alerts/alerts";
	}

	private AlertRow row(SavedSearch search, Locale locale) {
		List<String> problems = problems(SearchQuery.parse(search.query())).stream()
			.map((problem) -> this.messages.getMessage("alerts.form.query.problem",
					new Object[] { problem.parameter(), resolvable(problem) }, locale))
			.toList();
		DateTimeFormatter format = new DateTimeFormatterBuilder().appendLocalized(FormatStyle.MEDIUM, FormatStyle.SHORT)
			.toFormatter(locale)
			.withZone(zoneOf(locale));
		return new AlertRow(search, problems, (search.lastSentAt() != null) ? format.format(search.lastSentAt()) : null,
				format.format(search.dueAt()));
	}

	/**
	 * The time zone to show times in: the one of the country whose language the reader
	 * reads (Finland's an hour ahead of Norway's and Sweden's).
	 */
	private static ZoneId zoneOf(Locale locale) {
		return switch (locale.getLanguage()) {
			case "fi" -> ZoneId.of("Europe/Helsinki");
			case "sv" -> ZoneId.of("Europe/Stockholm");
			default -> ZoneId.of("Europe/Oslo");
		};
	}

	private List<ParameterProblem> problems(SearchQuery query) {
		try {
			this.reader.read(query.toParameters());
			return List.of();
		}
		catch (InvalidParameters ex) {
			return ex.problems();
		}
	}

	private static DefaultMessageSourceResolvable resolvable(ParameterProblem problem) {
		return new DefaultMessageSourceResolvable(new String[] { problem.code() }, problem.arguments().toArray(),
				problem.code());
	}

	private static void found(boolean found) {
		if (!found) {
			throw new ResponseStatusException(HttpStatus.NOT_FOUND);
		}
	}

}
