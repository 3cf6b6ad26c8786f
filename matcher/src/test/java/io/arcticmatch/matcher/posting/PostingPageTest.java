package io.arcticmatch.matcher.posting;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

class PostingPageTest {

	@Test
	void facetsAreListedInTheirDeclaredOrderWhateverOrderTheyCameIn() {
		Map<Facet, List<FacetCount>> backwards = new LinkedHashMap<>();
		List<Facet> declared = List.of(Facet.values());
		for (Facet facet : declared.reversed()) {
			backwards.put(facet, List.of(new FacetCount("value-of-" + facet, 1)));
		}

		PostingPage page = new PostingPage(List.of(), 1, 0, 20, backwards);

		assertThat(page.facets().keySet()).containsExactlyElementsOf(declared);
		assertThat(page.facet(Facet.COUNTRY)).containsExactly(new FacetCount("value-of-COUNTRY", 1));
	}

	@Test
	void aPageWithoutFacetsHasNoneAndCannotBeChanged() {
		PostingPage page = new PostingPage(List.of(), 0, 0, 20, Map.of());

		assertThat(page.facets()).isEmpty();
		assertThat(page.facet(Facet.REGION)).isEmpty();
		assertThatExceptionOfType(UnsupportedOperationException.class)
			.isThrownBy(() -> page.facets().put(Facet.REGION, List.of()));
	}

}
