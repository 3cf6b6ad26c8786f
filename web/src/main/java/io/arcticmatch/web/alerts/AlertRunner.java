package io.arcticmatch.web.alerts;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import io.arcticmatch.matcher.posting.JobPosting;
import io.arcticmatch.matcher.posting.PostingPage;
import io.arcticmatch.matcher.posting.PostingQuery;
import io.arcticmatch.matcher.posting.PostingQuery.SortOrder;
import io.arcticmatch.web.accounts.Account;
import io.arcticmatch.web.accounts.AccountService;
import io.arcticmatch.web.alerts.AlertMails.MailedPosting;
import io.arcticmatch.web.mail.MailDeliveryFailed;
import io.arcticmatch.web.mail.Mailer;
import io.arcticmatch.web.search.InvalidParameters;
import io.arcticmatch.web.search.SearchParameterReader;
import io.arcticmatch.matcher.posting.PostingIndex;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.transaction.support.TransactionTemplate;

/**
 * Runs the alerts that are due: each one's search, narrowed to postings published since
 * its last run, minus every posting it already mailed in the same version. One alert runs
 * in one transaction that holds its row, so a failed mail leaves nothing recorded (the
 * alert stays due and is tried again at the next run) and a deleted account's alerts are
 * never mailed afterwards.
 */
public class AlertRunner {

	private static final Logger logger = LoggerFactory.getLogger(AlertRunner.class);

	/**
	 * The index counts "published within" in whole days from its own clock; a day more
	 * also catches postings the index got some hours after their source published them.
	 * What this lets in twice is kept out by the record of mailed versions.
	 */
	private static final int MARGIN_DAYS = 1;

	private final SavedSearches searches;

	private final SearchParameterReader reader;

	private final PostingIndex index;

	private final AccountService accounts;

	private final AlertMails mails;

	private final Mailer mailer;

	private final TransactionTemplate transactions;

	private final int maxPostingsPerMail;

	AlertRunner(SavedSearches searches, SearchParameterReader reader, PostingIndex index, AccountService accounts,
			AlertMails mails, Mailer mailer, TransactionTemplate transactions, int maxPostingsPerMail) {
		this.searches = searches;
		this.reader = reader;
		this.index = index;
		this.accounts = accounts;
		this.mails = mails;
		this.mailer = mailer;
		this.transactions = transactions;
		this.maxPostingsPerMail = maxPostingsPerMail;
	}

	/** What one alert's run came to. */
	public enum Outcome {

		/** It mailed new or changed postings. */
		MAILED,
		/** It searched and found nothing new; the next run looks from now. */
		NOTHING_NEW,
		/** Its query cannot be read any more; it stays due and is shown to its owner. */
		INVALID_QUERY,
		/** The mail or the search failed; nothing was recorded, it stays due. */
		FAILED,
		/** It was no longer due, gone, or another run held it. */
		SKIPPED

	}

	/**
	 * What one pass over the due alerts did.
	 *
	 * @param outcomes per saved search id, what its run came to
	 */
	public record Report(Map<UUID, Outcome> outcomes) {

		public long count(Outcome outcome) {
			return this.outcomes.values().stream().filter(outcome::equals).count();
		}

	}

	/**
	 * Runs every alert due at the given moment.
	 * @param now the moment that decides which alerts are due and from which on the next
	 * runs look
	 * @return what each alert's run came to
	 */
	public Report runDue(Instant now) {
		Map<UUID, Outcome> outcomes = new LinkedHashMap<>();
		for (UUID id : this.searches.dueIds(now)) {
			outcomes.put(id, runOne(id, now));
		}
		if (!outcomes.isEmpty()) {
			logger.info("Alerts run at {}: {}", now, outcomes.values());
		}
		return new Report(outcomes);
	}

	private Outcome runOne(UUID id, Instant now) {
		try {
			Outcome outcome = this.transactions.execute((status) -> {
				Optional<SavedSearch> locked = this.searches.lockIfDue(id, now);
				return locked.map((search) -> run(search, now)).orElse(Outcome.SKIPPED);
			});
			return (outcome != null) ? outcome : Outcome.SKIPPED;
		}
		catch (MailDeliveryFailed ex) {
			logger.warn("Alert {} could not be mailed; it stays due: {}", id, ex.getMessage());
			return Outcome.FAILED;
		}
		catch (RuntimeException ex) {
			// one alert's trouble (the index being down, say) must not stop the others
			logger.error("Alert {} failed; it stays due", id, ex);
			return Outcome.FAILED;
		}
	}

	private Outcome run(SavedSearch search, Instant now) {
		Optional<Account> seeker = this.accounts.find(search.seeker());
		if (seeker.isEmpty()) {
			return Outcome.SKIPPED;
		}
		PostingQuery query;
		try {
			query = query(search, now);
		}
		catch (InvalidParameters ex) {
			logger.info("Alert {} has a query that cannot be read any more: {}", search.id(), ex.problems());
			return Outcome.INVALID_QUERY;
		}
		PostingPage found = this.index.search(query);
		Map<String, String> sent = this.searches.sentVersions(search.id());
		List<MailedPosting> fresh = new ArrayList<>();
		Map<String, String> versions = new LinkedHashMap<>();
		for (JobPosting posting : found.postings()) {
			String id = posting.id().toString();
			String version = PostingVersion.of(posting);
			String sentVersion = sent.get(id);
			if (!version.equals(sentVersion) && fresh.size() < this.maxPostingsPerMail) {
				fresh.add(new MailedPosting(posting, sentVersion != null));
				versions.put(id, version);
			}
		}
		if (fresh.isEmpty()) {
			this.searches.recordRun(search.id(), Map.of(), now);
			return Outcome.NOTHING_NEW;
		}
		boolean more = found.totalHits() > found.postings().size() || versions.size() < countUnsent(found, sent);
		// throws MailDeliveryFailed before anything is recorded: the transaction rolls
		// back
		this.mailer.send(this.mails.compose(search, seeker.get().email(), fresh, more));
		this.searches.recordRun(search.id(), versions, now);
		return Outcome.MAILED;
	}

	private static long countUnsent(PostingPage found, Map<String, String> sent) {
		return found.postings()
			.stream()
			.filter((posting) -> !PostingVersion.of(posting).equals(sent.get(posting.id().toString())))
			.count();
	}

	/**
	 * The saved search, newest first, narrowed to what was published since the alert last
	 * looked (in whole days, plus a margin).
	 */
	private PostingQuery query(SavedSearch search, Instant now) {
		PostingQuery saved = this.reader.read(SearchQuery.parse(search.query()).toParameters()).query();
		long hours = Math.max(0, Duration.between(search.since(), now).toHours());
		int days = (int) Math.min(Integer.MAX_VALUE - MARGIN_DAYS, (hours + 23) / 24) + MARGIN_DAYS;
		if (saved.publishedWithinDays() != null) {
			days = Math.min(days, saved.publishedWithinDays());
		}
		return saved.toBuilder()
			.publishedWithinDays(Math.max(1, days))
			.sort(SortOrder.NEWEST)
			.page(0, PostingQuery.MAX_PAGE_SIZE)
			.build();
	}

}
