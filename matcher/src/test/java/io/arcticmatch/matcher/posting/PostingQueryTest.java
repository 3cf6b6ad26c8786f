package io.arcticmatch.matcher.posting;

import java.math.BigDecimal;
import java.util.Currency;

import io.arcticmatch.matcher.concepts.place.Country;
import io.arcticmatch.matcher.concepts.place.GeoPoint;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

class PostingQueryTest {

	@Test
	void unsetFiltersKeepEverythingAndSortByRelevance() {
		PostingQuery query = PostingQuery.text("kokk");

		assertThat(query.countries()).isEmpty();
		assertThat(query.salary()).isNull();
		assertThat(query.sort()).isEqualTo(PostingQuery.SortOrder.RELEVANCE);
		assertThat(query.size()).isEqualTo(20);
	}

	@Test
	void toBuilderKeepsEveryPart() {
		PostingQuery query = PostingQuery.builder()
			.text("kokk")
			.countries(Country.NO)
			.regions("place:NO:region:18")
			.municipalities("place:NO:1806")
			.iscoGroups("5120")
			.employmentTypes(EmploymentType.SEASONAL)
			.workingLanguages("nb")
			.drivingLicences("licence:B")
			.remoteModes(RemoteMode.ON_SITE)
			.salary(new PostingQuery.SalaryFilter(BigDecimal.ONE, null, Currency.getInstance("NOK"), SalaryPeriod.HOUR,
					true))
			.publishedWithinDays(7)
			.within(new GeoPoint(68.4, 17.4), 50)
			.sort(PostingQuery.SortOrder.DISTANCE)
			.page(2, 10)
			.build();

		assertThat(query.toBuilder().build()).isEqualTo(query);
	}

	@Test
	void nonsenseIsRefusedWithAMessageSayingWhatToChange() {
		assertThatExceptionOfType(InvalidPostingQuery.class)
			.isThrownBy(() -> PostingQuery.builder().iscoGroups("22a").build())
			.withMessageContaining("1 to 4 digits");
		assertThatExceptionOfType(InvalidPostingQuery.class)
			.isThrownBy(() -> PostingQuery.builder().sort(PostingQuery.SortOrder.DISTANCE).build())
			.withMessageContaining("place to measure from");
		assertThatExceptionOfType(InvalidPostingQuery.class)
			.isThrownBy(() -> PostingQuery.builder().page(0, 101).build())
			.withMessageContaining("1 to 100");
		assertThatExceptionOfType(InvalidPostingQuery.class)
			.isThrownBy(() -> PostingQuery.builder().page(200, 100).build())
			.withMessageContaining("narrow the search");
		assertThatExceptionOfType(InvalidPostingQuery.class)
			.isThrownBy(() -> PostingQuery.builder().publishedWithinDays(0).build());
		assertThatExceptionOfType(InvalidPostingQuery.class)
			.isThrownBy(() -> new PostingQuery.Nearby(new GeoPoint(68.4, 17.4), -5.0));
		assertThatExceptionOfType(InvalidPostingQuery.class)
			.isThrownBy(() -> new PostingQuery.SalaryFilter(BigDecimal.TEN, BigDecimal.ONE, Currency.getInstance("EUR"),
					SalaryPeriod.MONTH, true))
			.withMessageContaining("below the lowest");
	}

}
