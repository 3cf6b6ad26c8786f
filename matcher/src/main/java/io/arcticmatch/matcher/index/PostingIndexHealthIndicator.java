package io.arcticmatch.matcher.index;

import io.arcticmatch.matcher.posting.PostingIndex;

import org.springframework.boot.health.contributor.AbstractHealthIndicator;
import org.springframework.boot.health.contributor.Health;

/**
 * Reports the posting store as up when it answers a count.
 */
class PostingIndexHealthIndicator extends AbstractHealthIndicator {

	private final PostingIndex index;

	PostingIndexHealthIndicator(PostingIndex index) {
		super("The posting index does not answer");
		this.index = index;
	}

	@Override
	protected void doHealthCheck(Health.Builder builder) {
		builder.up().withDetail("store", this.index.describe());
	}

}
