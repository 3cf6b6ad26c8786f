package io.arcticmatch.web.jobs;

import java.util.List;
import java.util.Locale;
import java.util.Set;

import io.arcticmatch.matcher.concepts.core.LabelLanguage;
import io.arcticmatch.matcher.concepts.place.GeoPoint;
import io.arcticmatch.matcher.matching.MatchScore;
import io.arcticmatch.matcher.matching.PostingScorer;
import io.arcticmatch.matcher.matching.SeekerProfile;
import io.arcticmatch.matcher.posting.JobPosting;
import io.arcticmatch.web.accounts.Account;
import io.arcticmatch.web.accounts.Role;
import io.arcticmatch.web.profiles.SeekerProfiles;
import io.arcticmatch.web.profiles.StoredProfile;
import io.arcticmatch.web.search.ConceptLabels;
import org.jspecify.annotations.Nullable;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * Turns postings into what the job pages show, for the one who looks.
 */
@Component
class JobViews {

	private final ConceptLabels labels;

	private final MessageSource messages;

	private final PostingScorer scorer;

	private final SeekerProfiles profiles;

	private final Favourites favourites;

	JobViews(ConceptLabels labels, MessageSource messages, PostingScorer scorer, SeekerProfiles profiles,
			Favourites favourites) {
		this.labels = labels;
		this.messages = messages;
		this.scorer = scorer;
		this.profiles = profiles;
		this.favourites = favourites;
	}

	Viewer viewer(@Nullable Account account) {
		if (account == null) {
			return Viewer.ANONYMOUS;
		}
		if (account.role() != Role.SEEKER) {
			return new Viewer(account, null, Set.of());
		}
		SeekerProfile profile = this.profiles.find(account.id()).map(StoredProfile::profile).orElse(null);
		return new Viewer(account, profile, this.favourites.ids(account.id()));
	}

	@Nullable MatchScore score(Viewer viewer, JobPosting posting) {
		SeekerProfile profile = viewer.profile();
		return (viewer.isSeeker() && profile != null) ? this.scorer.score(profile, posting) : null;
	}

	JobCard card(JobPosting posting, Viewer viewer, @Nullable GeoPoint origin, JobsFormat format) {
		Locale locale = format.locale();
		LabelLanguage language = format.language();
		GeoPoint location = posting.place().coordinates();
		String distance = (origin != null && location != null) ? km(origin.distanceKm(location), format) : null;
		MatchScore score = score(viewer, posting);
		return new JobCard(posting.id().toString(), posting.title(), posting.employer(),
				this.labels.place(posting.place(), language), posting.place().country(),
				posting.place().country().names().get(language), JobsFormat.flag(posting.place().country()),
				List.of(sourceName(posting.id().source(), locale)),
				format.date(posting.published(), posting.place().country()),
				(posting.applicationDeadline() != null)
						? format.date(posting.applicationDeadline(), posting.place().country()) : null,
				distance, (score != null) ? (int) Math.round(score.value()) : null,
				viewer.favourites().contains(posting.id().toString()), posting.isActive());
	}

	String km(double km, JobsFormat format) {
		return format.decimal(km, (km < 10) ? 1 : 0);
	}

	String sourceName(String source, Locale locale) {
		return this.messages.getMessage("jobs.source." + source, null, source, locale);
	}

	String message(String key, Locale locale, @Nullable Object... arguments) {
		return this.messages.getMessage(key, arguments, locale);
	}

	ConceptLabels labels() {
		return this.labels;
	}

}
