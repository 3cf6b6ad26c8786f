package io.arcticmatch.web.jobs;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import io.arcticmatch.matcher.posting.JobPosting;
import io.arcticmatch.matcher.posting.PostingId;
import io.arcticmatch.matcher.posting.PostingIndex;
import io.arcticmatch.matcher.posting.PostingIndexUnavailable;
import io.arcticmatch.matcher.concepts.place.Country;
import io.arcticmatch.web.accounts.Account;
import jakarta.servlet.http.HttpServletResponse;
import org.jspecify.annotations.Nullable;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.util.UriUtils;

/**
 * A seeker's favourite jobs: marked and unmarked from the result cards and the job page,
 * listed on their own page. Jobs that left the index stay listed as no longer available,
 * so a seeker sees what became of them and can take them off.
 */
@Controller
class FavouritesController {

	static final int PAGE_SIZE = 20;

	private final Favourites favourites;

	private final PostingIndex index;

	private final JobViews views;

	FavouritesController(Favourites favourites, PostingIndex index, JobViews views) {
		this.favourites = favourites;
		this.index = index;
		this.views = views;
	}

	/**
	 * One favourite as the list shows it.
	 *
	 * @param postingId the posting's id
	 * @param card the posting, or null when it is no longer in the index
	 * @param saved when it was marked
	 */
	public record Entry(String postingId, @Nullable JobCard card, String saved) {

	}

	@GetMapping("/seeker/favourites")
	String list(Account account, @RequestParam(defaultValue = "0") String page, Locale locale,
			HttpServletResponse response, Model model) {
		int number = pageNumber(page);
		long total = this.favourites.count(account.id());
		long pages = Math.max(1, (total + PAGE_SIZE - 1) / PAGE_SIZE);
		Viewer viewer = this.views.viewer(account);
		JobsFormat format = new JobsFormat(locale);
		boolean unavailable = false;
		List<Entry> entries = new java.util.ArrayList<>();
		for (Favourite favourite : this.favourites.list(account.id(), (long) number * PAGE_SIZE, PAGE_SIZE)) {
			Optional<JobPosting> posting = Optional.empty();
			try {
				posting = JobPageController.parse(favourite.postingId()).flatMap(this.index::findById);
			}
			catch (PostingIndexUnavailable ex) {
				unavailable = true;
			}
			// in the job's own time zone, or Norway's for a job that is gone
			entries.add(new Entry(favourite.postingId(),
					posting.map((found) -> this.views.card(found, viewer, null, format)).orElse(null),
					format.date(favourite.createdAt(),
							posting.map((found) -> found.place().country()).orElse(Country.NO))));
		}
		if (unavailable) {
			response.setStatus(HttpStatus.SERVICE_UNAVAILABLE.value());
		}
		model.addAttribute("viewer", viewer);
		model.addAttribute("entries", entries);
		model.addAttribute("unavailable", unavailable);
		model.addAttribute("totalText", format.number(total));
		model.addAttribute("pageNumber", number + 1);
		model.addAttribute("pageCount", pages);
		model.addAttribute("previousUrl", (number > 0) ? "/seeker/favourites?page=" + (number - 1) : null);
		model.addAttribute("nextUrl", (number + 1 < pages) ? "/seeker/favourites?page=" + (number + 1) : null);
		model.addAttribute("returnTo", (number > 0) ? "/seeker/favourites?page=" + number : "/seeker/favourites");
		return "jobs/favourites";
	}

	@PostMapping("/seeker/favourites")
	String add(Account account, @RequestParam String postingId,
			@RequestParam(required = false) @Nullable String returnTo, RedirectAttributes redirect) {
		PostingId id = JobPageController.parse(postingId)
			.filter((parsed) -> this.index.findById(parsed).isPresent())
			.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
		this.favourites.add(account.id(), id);
		redirect.addFlashAttribute("flash", "jobs.favourites.added");
		return "redirect:" + back(returnTo, id);
	}

	@PostMapping("/seeker/favourites/remove")
	String remove(Account account, @RequestParam String postingId,
			@RequestParam(required = false) @Nullable String returnTo, RedirectAttributes redirect) {
		PostingId id = JobPageController.parse(postingId)
			.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
		this.favourites.remove(account.id(), id);
		redirect.addFlashAttribute("flash", "jobs.favourites.removed");
		return "redirect:" + back(returnTo, id);
	}

	/**
	 * Back to the page the form was on, but only to one of this feature's own pages: an
	 * address from a form must not send the seeker elsewhere.
	 */
	static String back(@Nullable String returnTo, PostingId id) {
		if (returnTo != null && !returnTo.startsWith("//") && !returnTo.contains("\\") && !returnTo.contains("{")
				&& (returnTo.equals("/jobs") || returnTo.startsWith("/jobs?") || returnTo.startsWith("/jobs/")
						|| returnTo.startsWith("/seeker/favourites"))
				&& returnTo.chars().noneMatch((c) -> c < 0x20)) {
			return returnTo;
		}
		return "/jobs/" + UriUtils.encodePath(id.toString(), StandardCharsets.UTF_8);
	}

	private static int pageNumber(String page) {
		try {
			return Math.max(0, Math.min(Integer.parseInt(page.strip()), 100_000));
		}
		catch (NumberFormatException ex) {
			return 0;
		}
	}

}
