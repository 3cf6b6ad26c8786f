package io.arcticmatch.web.seekers;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.FormatStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import io.arcticmatch.matcher.concepts.core.LabelLanguage;
import io.arcticmatch.matcher.matching.MatchScore;
import io.arcticmatch.matcher.matching.PostingMatch;
import io.arcticmatch.matcher.matching.PostingMatcher;
import io.arcticmatch.matcher.posting.JobPosting;
import io.arcticmatch.web.accounts.Account;
import io.arcticmatch.web.paging.Paging;
import io.arcticmatch.web.profiles.SeekerProfiles;
import io.arcticmatch.web.profiles.StoredProfile;
import io.arcticmatch.web.search.ConceptLabels;
import org.jspecify.annotations.Nullable;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The seeker's best postings across Norway, Sweden and Finland, ranked and explained.
 */
@Controller
class MatchesController {

	/** How many matches are ranked at most: beyond these, a search serves better. */
	static final int MAX_MATCHES = 100;

	static final int PAGE_SIZE = 20;

	private final SeekerProfiles profiles;

	private final PostingMatcher matcher;

	private final ConceptLabels labels;

	MatchesController(SeekerProfiles profiles, PostingMatcher matcher, ConceptLabels labels) {
		this.profiles = profiles;
		this.matcher = matcher;
		this.labels = labels;
	}

	@GetMapping("/seeker/matches")
	String matches(Account account, @RequestParam(name = "page", required = false) @Nullable String page, Locale locale,
			Model model) {
		Optional<StoredProfile> profile = this.profiles.find(account.id());
		model.addAttribute("hasProfile", profile.isPresent());
		if (profile.isEmpty()) {
			return "seekers/matches";
		}
		List<PostingMatch> matches = this.matcher.topMatches(profile.get().profile(), MAX_MATCHES);
		Paging paging = Paging.of(page, PAGE_SIZE, matches.size());
		int from = paging.offset();
		LabelLanguage language = ConceptLabels.languageOf(locale);
		DateTimeFormatter date = new DateTimeFormatterBuilder().appendLocalized(FormatStyle.MEDIUM, null)
			.toFormatter(locale)
			.withZone(ZoneId.of("Europe/Oslo"));
		List<MatchRow> rows = new ArrayList<>();
		for (int i = from; i < Math.min(from + PAGE_SIZE, matches.size()); i++) {
			rows.add(row(matches.get(i), i + 1, language, date));
		}
		model.addAttribute("matches", rows);
		model.addAttribute("total", matches.size());
		model.addAttribute("paging", paging);
		model.addAttribute("first", from + 1);
		model.addAttribute("last", from + rows.size());
		return "seekers/matches";
	}

	private MatchRow row(PostingMatch match, int rank, LabelLanguage language, DateTimeFormatter date) {
		JobPosting posting = match.posting();
		return new MatchRow(rank, posting.id().toString(), posting.title(), posting.employer(),
				this.labels.place(posting.place(), language), posting.place().country().names().get(language),
				date.format(posting.published()), match.score());
	}

	/**
	 * One match as shown.
	 *
	 * @param rank 1 for the best
	 * @param id the posting's id, for its page
	 * @param title the ad's title
	 * @param employer who hires
	 * @param place where
	 * @param country in which country
	 * @param published when the ad was published
	 * @param explanation the score with its reasons, for the explanation fragment
	 */
	record MatchRow(int rank, String id, String title, String employer, String place, String country, String published,
			MatchScore explanation) {

	}

}
