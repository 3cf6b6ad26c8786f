package io.arcticmatch.ingest.duplicates;

import java.util.List;

import io.arcticmatch.matcher.posting.PostingId;

import org.springframework.stereotype.Service;

/**
 * Every source that publishes a job, for pages that link to all of them.
 */
@Service
public class PostingSources {

	private final DuplicateRegister register;

	PostingSources(DuplicateRegister register) {
		this.register = register;
	}

	/**
	 * @param id any posting of the job, usually the one the index returned
	 * @return the job's sources, the one in the index first; empty when the posting did
	 * not come through the pipeline (then the posting's own link is all there is)
	 */
	public List<SourceLink> of(PostingId id) {
		return this.register.groupOf(id)
			.stream()
			.map((member) -> new SourceLink(member.id(), member.sourceUrl()))
			.toList();
	}

}
