package io.arcticmatch.matcher.index.lucene;

import io.arcticmatch.matcher.posting.PostingIndex;
import io.arcticmatch.matcher.posting.PostingIndexContract;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import tools.jackson.databind.json.JsonMapper;

class LucenePostingIndexTest extends PostingIndexContract {

	private LucenePostingIndex index;

	@BeforeEach
	void openEmptyIndex() {
		this.index = new LucenePostingIndex(new ByteBuffersDirectory(), JsonMapper.builder().build(), NOW);
	}

	@AfterEach
	void closeIndex() throws Exception {
		this.index.close();
	}

	@Override
	protected PostingIndex index() {
		return this.index;
	}

}
