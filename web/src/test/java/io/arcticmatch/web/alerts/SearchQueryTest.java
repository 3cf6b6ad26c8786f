package io.arcticmatch.web.alerts;

import io.arcticmatch.web.search.SearchParameters;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A saved search keeps the search page's query string, however the seeker pasted it.
 */
class SearchQueryTest {

	@Test
	void wholeAddressOfTheSearchPageIsReadAsItsQuery() {
		SearchQuery query = SearchQuery.parse("https://arcticmatch.example/jobs?q=sykepleier&country=NO#results");

		assertThat(query.text()).isEqualTo("q=sykepleier&country=NO");
	}

	@Test
	void pathOrBareQueryStringWorkToo() {
		assertThat(SearchQuery.parse("/jobs?q=welder").text()).isEqualTo("q=welder");
		assertThat(SearchQuery.parse("?q=welder").text()).isEqualTo("q=welder");
		assertThat(SearchQuery.parse("q=welder").text()).isEqualTo("q=welder");
	}

	@Test
	void pagingAndBlankParametersAreLeftOut() {
		assertThat(SearchQuery.parse("q=welder&page=3&size=50&region=").text()).isEqualTo("q=welder");
	}

	@Test
	void encodedValuesAreDecodedIntoParametersAndEncodedAgainInTheText() {
		SearchQuery query = SearchQuery.parse("q=sjuksk%C3%B6terska+natt&country=SE,FI&remote=HYBRID&remote=REMOTE");

		SearchParameters parameters = query.toParameters();
		assertThat(parameters.q()).isEqualTo("sjuksköterska natt");
		assertThat(parameters.country()).containsExactly("SE,FI");
		assertThat(parameters.remote()).containsExactly("HYBRID", "REMOTE");
		assertThat(query.text()).isEqualTo("q=sjuksk%C3%B6terska+natt&country=SE%2CFI&remote=HYBRID&remote=REMOTE");
	}

	@Test
	void emptyQueryIsEveryPosting() {
		assertThat(SearchQuery.parse("  ").isEmpty()).isTrue();
		assertThat(SearchQuery.parse("/jobs").text()).isEmpty();
	}

}
