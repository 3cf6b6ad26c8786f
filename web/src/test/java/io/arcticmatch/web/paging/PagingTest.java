package io.arcticmatch.web.paging;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class PagingTest {

	@Test
	void missingOrNonsensePageNumbersShowTheFirstPage() {
		for (String requested : new String[] { null, "", "abc", "2.5", "0", "-3", "1e9", "99999999999999999999" }) {
			assertThat(Paging.of(requested, 10, 95).number()).as(String.valueOf(requested)).isEqualTo(1);
		}
	}

	@Test
	void numbersBeyondTheLastPageShowTheLastPage() {
		assertThat(Paging.of("11", 10, 95).number()).isEqualTo(10);
		assertThat(Paging.of(" 7 ", 10, 95).number()).isEqualTo(7);
	}

	@Test
	void theOffsetSkipsTheItemsOfEarlierPages() {
		Paging third = Paging.of("3", 25, 60);
		assertThat(third.offset()).isEqualTo(50);
		assertThat(third.pageCount()).isEqualTo(3);
		assertThat(third.hasPrevious()).isTrue();
		assertThat(third.hasNext()).isFalse();
	}

	@Test
	void anEmptyListHasOneEmptyPageWithoutLinks() {
		Paging empty = Paging.of("4", 50, 0);
		assertThat(empty.number()).isEqualTo(1);
		assertThat(empty.pageCount()).isEqualTo(1);
		assertThat(empty.hasPrevious()).isFalse();
		assertThat(empty.hasNext()).isFalse();
	}

	@Test
	void aPageOutsideTheListIsRefusedWhenBuiltDirectly() {
		assertThatIllegalArgumentException().isThrownBy(() -> new Paging(3, 10, 20));
		assertThatIllegalArgumentException().isThrownBy(() -> new Paging(1, 0, 20));
	}

}
