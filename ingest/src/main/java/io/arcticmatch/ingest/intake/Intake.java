package io.arcticmatch.ingest.intake;

import java.time.Clock;
import java.time.Instant;
import java.util.List;

import io.arcticmatch.ingest.source.Conversion;
import io.arcticmatch.ingest.source.RawPosting;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Takes what a source fetched: keeps the raw postings and advances the source's
 * checkpoint in one transaction, then asks the relay to hand them on.
 */
@Service
public class Intake {

	private final RawPostingStore store;

	private final RejectedPostings rejected;

	private final Checkpoints checkpoints;

	private final OutboxRelay relay;

	private final Clock clock;

	Intake(RawPostingStore store, RejectedPostings rejected, Checkpoints checkpoints, OutboxRelay relay, Clock clock) {
		this.store = store;
		this.rejected = rejected;
		this.checkpoints = checkpoints;
		this.relay = relay;
		this.clock = clock;
	}

	/**
	 * Accepts one fetched batch (e.g. a feed page). When this returns, the postings are
	 * durable and the source may fetch from {@code next}; a crash before it returns
	 * leaves the old checkpoint, so the batch is fetched again.
	 * @param source the posting source
	 * @param fetched the raw postings fetched up to {@code next}
	 * @param unreadable parts of the batch that could not even be split into ads (e.g. an
	 * element of a page that is not an object), recorded with their reasons
	 * @param next where the following fetch starts
	 * @return how many were fetched and how many were new
	 */
	@Transactional
	public IntakeReceipt accept(String source, List<RawPosting> fetched, List<Conversion.Rejected> unreadable,
			Checkpoint next) {
		Instant now = this.clock.instant();
		unreadable.forEach((rejection) -> this.rejected
			.record(new RejectedPostings.Rejection(null, source, rejection.sourceId(), rejection.reason(), now)));
		int added = this.store.keep(fetched);
		this.checkpoints.advance(source, next, now);
		TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
			@Override
			public void afterCommit() {
				Intake.this.relay.handOnWaiting();
			}
		});
		return new IntakeReceipt(fetched.size(), added);
	}

	/**
	 * Accepts a batch in which everything could be split into ads.
	 * @param source the posting source
	 * @param fetched the raw postings fetched up to {@code next}
	 * @param next where the following fetch starts
	 * @return how many were fetched and how many were new
	 * @see #accept(String, List, List, Checkpoint)
	 */
	@Transactional
	public IntakeReceipt accept(String source, List<RawPosting> fetched, Checkpoint next) {
		return accept(source, fetched, List.of(), next);
	}

	/**
	 * What {@link #accept} did with a batch.
	 *
	 * @param fetched raw postings in the batch
	 * @param added those not kept before
	 */
	public record IntakeReceipt(int fetched, int added) {

	}

}
