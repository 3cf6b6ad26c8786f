package io.arcticmatch.web.search;

import java.util.Map;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class SearchParametersTest {

	@Test
	void queryStringIsReadAsTheDataBinderReadsIt() {
		SearchParameters parameters = SearchParameters
			.of(Map.of("q", new String[] { "sykepleier Tromsø" }, "country", new String[] { "NO", "SE,FI" }, "withinKm",
					new String[] { "" }, "!sort", new String[] { "newest" }, "page", new String[] { "1", "2" }));

		assertThat(parameters.q()).isEqualTo("sykepleier Tromsø");
		assertThat(parameters.country()).containsExactly("NO", "SE,FI");
		assertThat(parameters.withinKm()).isEmpty();
		assertThat(parameters.sort()).isEqualTo("newest");
		assertThat(parameters.page()).isEqualTo("1,2");
		assertThat(parameters.region()).isNull();
		assertThat(parameters.near()).isNull();
	}

	@Test
	void aGivenValueWinsOverItsDefault() {
		SearchParameters parameters = SearchParameters
			.of(Map.of("sort", new String[] { "distance" }, "!sort", new String[] { "newest" }));

		assertThat(parameters.sort()).isEqualTo("distance");
		assertThat(parameters.isco()).isNull();
	}

}
