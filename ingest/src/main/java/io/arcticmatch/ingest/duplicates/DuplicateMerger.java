package io.arcticmatch.ingest.duplicates;

import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.TreeSet;

import io.arcticmatch.matcher.posting.JobPosting;
import io.arcticmatch.matcher.posting.PostingId;
import io.arcticmatch.matcher.posting.PostingIndex;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Puts postings into the index and takes them out, one per job: a posting that is the
 * same job as one from another source already in the index joins that one's group instead
 * of being indexed again. Each change runs in one transaction with its block locked; the
 * index writes are idempotent, so when one fails the whole change is simply done again on
 * redelivery.
 */
@Service
public class DuplicateMerger {

	private final DuplicateRegister register;

	private final PostingIndex index;

	private final JsonMapper json;

	private final Clock clock;

	DuplicateMerger(DuplicateRegister register, PostingIndex index, JsonMapper json, Clock clock) {
		this.register = register;
		this.index = index;
		this.json = json;
		this.clock = clock;
	}

	/**
	 * A new or changed posting: indexed, unless it is a copy of a job already there.
	 * @param posting the normalised posting
	 */
	@Transactional
	public void upsert(JobPosting posting) {
		PostingFingerprint fingerprint = PostingFingerprint.of(posting);
		Optional<Registered> before = this.register.find(posting.id());
		TreeSet<String> blocks = new TreeSet<>(List.of(fingerprint.blockKey()));
		before.ifPresent((known) -> blocks.add(known.fingerprint().blockKey()));
		// in one order, so that two changes never wait for each other's locks
		blocks.forEach(this.register::lock);
		before = this.register.find(posting.id());

		if (before.isPresent() && before.get().isCanonical()
				&& before.get().fingerprint().blockKey().equals(fingerprint.blockKey())) {
			Registered updated = registered(posting, fingerprint, posting.id(), before.get());
			this.register.save(updated);
			for (Registered duplicate : this.register.duplicatesOf(posting.id())) {
				if (!duplicate.fingerprint().sameJobAs(fingerprint)) {
					standAlone(duplicate);
				}
			}
			this.index.save(List.of(posting));
			return;
		}
		if (before.isPresent()) {
			Optional<Registered> group = before.get().isCanonical() ? Optional.empty()
					: this.register.find(before.get().canonicalId());
			if (group.isPresent() && group.get().fingerprint().sameJobAs(fingerprint)) {
				this.register.save(registered(posting, fingerprint, group.get().id(), before.get()));
				return;
			}
			leave(before.get());
		}
		for (Registered candidate : this.register.canonicalsInBlock(fingerprint.blockKey(), posting.id().source())) {
			if (candidate.fingerprint().sameJobAs(fingerprint)) {
				this.register.save(registered(posting, fingerprint, candidate.id(), null));
				this.index.delete(posting.id());
				return;
			}
		}
		this.register.save(registered(posting, fingerprint, posting.id(), null));
		this.index.save(List.of(posting));
	}

	/**
	 * A withdrawn posting leaves the index; if it stood for a group, the group's next
	 * member takes its place.
	 * @param id the posting
	 */
	@Transactional
	public void remove(PostingId id) {
		Optional<Registered> known = this.register.find(id);
		if (known.isPresent()) {
			this.register.lock(known.get().fingerprint().blockKey());
			known = this.register.find(id);
		}
		known.ifPresent(this::leave);
		this.index.delete(id);
	}

	/**
	 * Takes a posting out of its group and out of the register. If it stood for the group
	 * in the index, the oldest other member takes its place there.
	 */
	private void leave(Registered posting) {
		this.register.delete(posting.id());
		if (!posting.isCanonical()) {
			return;
		}
		List<Registered> rest = this.register.duplicatesOf(posting.id());
		if (rest.isEmpty()) {
			return;
		}
		Registered next = rest.get(0);
		this.register.moveGroup(posting.id(), next.id());
		this.index.save(List.of(this.json.readValue(next.postingJson(), JobPosting.class)));
		this.index.delete(posting.id());
	}

	/**
	 * A member that is no longer the same job as its group's posting becomes its own.
	 */
	private void standAlone(Registered member) {
		this.register.save(new Registered(member.id(), member.fingerprint(), member.id(), member.sourceUrl(),
				member.postingJson(), member.registeredAt()));
		this.index.save(List.of(this.json.readValue(member.postingJson(), JobPosting.class)));
	}

	private Registered registered(JobPosting posting, PostingFingerprint fingerprint, PostingId canonical,
			@Nullable Registered before) {
		return new Registered(posting.id(), fingerprint, canonical, posting.sourceUrl(),
				this.json.writeValueAsString(posting), (before != null) ? before.registeredAt() : this.clock.instant());
	}

}
