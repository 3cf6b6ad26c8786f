package io.arcticmatch.web.employers;

import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.ReentrantLock;

import io.arcticmatch.matcher.matching.CandidateMatcher;
import io.arcticmatch.matcher.matching.CandidateMatcher.Candidate;
import io.arcticmatch.web.consent.ConsentPurpose;
import io.arcticmatch.web.consent.ConsentsChanged;
import io.arcticmatch.web.profiles.SeekerProfileChanged;
import io.arcticmatch.web.profiles.SeekerProfiles;
import org.jspecify.annotations.Nullable;

import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * The seekers who consent to being shown to employers, prepared for the reverse matcher
 * once and kept until a profile is saved or erased or a consent given, withdrawn or
 * erased: loading and preparing every consenting profile per page would cost more than
 * the matching. Rebuilt lazily by the first request after a change, one rebuild at a
 * time; the others wait for it rather than build their own.
 * <p>
 * A change counts once committed (the listeners run after commit). The version is read
 * before the profiles are loaded, so a change committed while a rebuild loads leaves the
 * new pool outdated and the next request rebuilds it again: no change is ever missed,
 * though a request that started before the commit may still see the pool before it. Kept
 * per application instance, like the events that outdate it.
 */
@Component
class CandidatePool {

	private final SeekerProfiles profiles;

	private final CandidateMatcher matcher;

	/** Counts the changes heard of. */
	private final AtomicLong changes = new AtomicLong();

	private final ReentrantLock rebuilding = new ReentrantLock();

	private volatile @Nullable Built built;

	CandidatePool(SeekerProfiles profiles, CandidateMatcher matcher) {
		this.profiles = profiles;
		this.matcher = matcher;
	}

	/**
	 * @return the consenting seekers as of the last change committed, ids the account ids
	 * as strings
	 */
	CandidateMatcher.Pool current() {
		Built now = this.built;
		if (now != null && now.version() == this.changes.get()) {
			return now.pool();
		}
		this.rebuilding.lock();
		try {
			long version = this.changes.get();
			now = this.built;
			if (now != null && now.version() == version) {
				return now.pool();
			}
			List<Candidate> candidates = this.profiles.consenting(ConsentPurpose.EMPLOYERS)
				.stream()
				.map((stored) -> new Candidate(stored.seeker().value().toString(), stored.profile()))
				.toList();
			Built rebuilt = new Built(version, this.matcher.pool(candidates));
			this.built = rebuilt;
			return rebuilt.pool();
		}
		finally {
			this.rebuilding.unlock();
		}
	}

	@TransactionalEventListener(fallbackExecution = true)
	void profileChanged(SeekerProfileChanged event) {
		this.changes.incrementAndGet();
	}

	@TransactionalEventListener(fallbackExecution = true)
	void consentsChanged(ConsentsChanged event) {
		this.changes.incrementAndGet();
	}

	/**
	 * A pool and the count of changes it was loaded after.
	 */
	private record Built(long version, CandidateMatcher.Pool pool) {

	}

}
