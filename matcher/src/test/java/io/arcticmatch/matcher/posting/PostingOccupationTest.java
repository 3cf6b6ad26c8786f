package io.arcticmatch.matcher.posting;

import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class PostingOccupationTest {

	@Test
	void anIscoGroupIsOneToFourAsciiDigits() {
		for (String group : List.of("2", "22", "222", "2221", "0000")) {
			assertThat(new PostingOccupation("c", null, group, 1).iscoCode()).isEqualTo(group);
		}
		for (String notGroup : List.of("", "22211", "22a", " 222", "222 ", "-1", "٢٢", "２２", "2.2")) {
			assertThatIllegalArgumentException().as(notGroup)
				.isThrownBy(() -> new PostingOccupation("c", null, notGroup, 1))
				.withMessageContaining("1 to 4 digits");
		}
	}

}
