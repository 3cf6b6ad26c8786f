package io.arcticmatch.ingest.intake;

import java.time.Clock;
import java.util.List;

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

	private final Checkpoints checkpoints;

	private final OutboxRelay relay;

	private final Clock clock;

	Intake(RawPostingStore store, Checkpoints checkpoints, OutboxRelay relay, Clock clock) {
		this.store = store;
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
	 * @param next where the following fetch starts
	 * @return how many were fetched and how many were new
	 */
	@Transactional
	public IntakeReceipt accept(String source, List<RawPosting> fetched, Checkpoint next) {
		int added = this.store.keep(fetched);
		this.checkpoints.advance(source, next, this.clock.instant());
		TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
			@Override
			public void afterCommit() {
				Intake.this.relay.handOnWaiting();
			}
		});
		return new IntakeReceipt(fetched.size(), added);
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
