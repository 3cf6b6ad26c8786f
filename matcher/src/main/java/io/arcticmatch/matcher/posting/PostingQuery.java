package io.arcticmatch.matcher.posting;

import java.math.BigDecimal;
import java.util.Currency;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.Objects;
import java.util.Set;

import io.arcticmatch.matcher.concepts.place.Country;
import io.arcticmatch.matcher.concepts.place.GeoPoint;
import org.jspecify.annotations.Nullable;

/**
 * A search for active postings: free text, filters that all must hold, an order and a
 * page. Within one filter the values are alternatives (country NO or SE).
 *
 * @param text words to look for; concepts among them (an occupation, a place) also match
 * ads that name them in another language; blank finds every active posting
 * @param countries keep postings in these countries; empty keeps all
 * @param regions keep postings in these regions, by place id ({@code place:NO:region:18})
 * @param municipalities keep postings in these municipalities, by place id
 * ({@code place:SE:2584})
 * @param iscoGroups keep postings whose occupation lies in one of these ISCO-08 groups,
 * at any level (1 to 4 digits)
 * @param employmentTypes keep postings of these employment types
 * @param workingLanguages keep postings that ask for one of these working languages (ISO
 * 639-1)
 * @param drivingLicences keep postings that ask for one of these licences, by concept id
 * @param remoteModes keep postings that are on site, hybrid or remote as chosen
 * @param salary keep postings paid within a range, if set
 * @param publishedWithinDays keep postings published in the last so many days, if set
 * @param nearby a place to measure distance from, to filter by distance or sort by it
 * @param sort the order of results
 * @param page zero-based page number
 * @param size postings per page
 */
public record PostingQuery(String text, Set<Country> countries, Set<String> regions, Set<String> municipalities,
		Set<String> iscoGroups, Set<EmploymentType> employmentTypes, Set<String> workingLanguages,
		Set<String> drivingLicences, Set<RemoteMode> remoteModes, @Nullable SalaryFilter salary,
		@Nullable Integer publishedWithinDays, @Nullable Nearby nearby, SortOrder sort, int page, int size) {

	public static final int MAX_PAGE_SIZE = 100;

	/** How deep paging may go, as in Elasticsearch's default result window. */
	public static final int MAX_RESULT_WINDOW = 10_000;

	public PostingQuery {
		Objects.requireNonNull(text, "text");
		Objects.requireNonNull(sort, "sort");
		countries = Set.copyOf(countries);
		regions = Set.copyOf(regions);
		municipalities = Set.copyOf(municipalities);
		iscoGroups = Set.copyOf(iscoGroups);
		employmentTypes = Set.copyOf(employmentTypes);
		workingLanguages = Set.copyOf(workingLanguages);
		drivingLicences = Set.copyOf(drivingLicences);
		remoteModes = Set.copyOf(remoteModes);
		for (String group : iscoGroups) {
			if (!group.matches("[0-9]{1,4}")) {
				throw new InvalidPostingQuery("An ISCO-08 group has 1 to 4 digits, not '%s'".formatted(group));
			}
		}
		if (publishedWithinDays != null && publishedWithinDays < 1) {
			throw new InvalidPostingQuery("'Published within' counts days from 1, not " + publishedWithinDays);
		}
		if (sort == SortOrder.DISTANCE && nearby == null) {
			throw new InvalidPostingQuery("Sorting by distance needs a place to measure from");
		}
		if (page < 0) {
			throw new InvalidPostingQuery("The page number starts at 0, not " + page);
		}
		if (size < 1 || size > MAX_PAGE_SIZE) {
			throw new InvalidPostingQuery("A page holds 1 to %d postings, not %d".formatted(MAX_PAGE_SIZE, size));
		}
		if ((long) (page + 1) * size > MAX_RESULT_WINDOW) {
			throw new InvalidPostingQuery("Results go %d deep at most; narrow the search instead of paging to page %d"
				.formatted(MAX_RESULT_WINDOW, page));
		}
	}

	/**
	 * A search for words, first page, most relevant first.
	 * @param text the words
	 * @return the query
	 */
	public static PostingQuery text(String text) {
		return builder().text(text).build();
	}

	public static Builder builder() {
		return new Builder();
	}

	public Builder toBuilder() {
		Builder builder = new Builder().text(this.text);
		builder.countries.addAll(this.countries);
		builder.regions.addAll(this.regions);
		builder.municipalities.addAll(this.municipalities);
		builder.iscoGroups.addAll(this.iscoGroups);
		builder.employmentTypes.addAll(this.employmentTypes);
		builder.workingLanguages.addAll(this.workingLanguages);
		builder.drivingLicences.addAll(this.drivingLicences);
		builder.remoteModes.addAll(this.remoteModes);
		return builder.salary(this.salary)
			.publishedWithinDays(this.publishedWithinDays)
			.nearby(this.nearby)
			.sort(this.sort)
			.page(this.page, this.size);
	}

	public PostingQuery inCountries(Country... countries) {
		return toBuilder().countries(countries).build();
	}

	public PostingQuery page(int page, int size) {
		return toBuilder().page(page, size).build();
	}

	public int offset() {
		return this.page * this.size;
	}

	/**
	 * The order of results. Ties are always broken by posting id, so pages are stable.
	 */
	public enum SortOrder {

		/** Best match first. */
		RELEVANCE,
		/** Most recently published first. */
		NEWEST,
		/**
		 * Nearest to {@link PostingQuery#nearby()} first; postings without a location
		 * last.
		 */
		DISTANCE

	}

	/**
	 * A place to measure from, as the crow flies and across borders.
	 *
	 * @param origin where to measure from
	 * @param withinKm keep only postings at most this far away (postings without a
	 * location are then left out); null keeps all
	 */
	public record Nearby(GeoPoint origin, @Nullable Double withinKm) {

		public Nearby {
			Objects.requireNonNull(origin, "origin");
			if (withinKm != null && !(withinKm > 0)) {
				throw new InvalidPostingQuery("A distance must be more than 0 km, not " + withinKm);
			}
		}

	}

	/**
	 * A salary range in a chosen currency and period. A posting matches when its stated
	 * range overlaps this one; amounts are compared through {@link CurrencyRates}.
	 *
	 * @param min the least pay wanted, or null
	 * @param max the most, or null
	 * @param currency the currency of min and max
	 * @param period what min and max are paid for
	 * @param includeUnstated whether postings that state no salary are kept
	 */
	public record SalaryFilter(@Nullable BigDecimal min, @Nullable BigDecimal max, Currency currency,
			SalaryPeriod period, boolean includeUnstated) {

		public SalaryFilter {
			Objects.requireNonNull(currency, "currency");
			Objects.requireNonNull(period, "period");
			if (min != null && max != null && max.compareTo(min) < 0) {
				throw new InvalidPostingQuery("The highest salary (%s) is below the lowest (%s)"
					.formatted(max.toPlainString(), min.toPlainString()));
			}
		}

	}

	/**
	 * Builds a {@link PostingQuery}; unset filters keep everything.
	 */
	public static final class Builder {

		private String text = "";

		private final Set<Country> countries = EnumSet.noneOf(Country.class);

		private final Set<String> regions = new LinkedHashSet<>();

		private final Set<String> municipalities = new LinkedHashSet<>();

		private final Set<String> iscoGroups = new LinkedHashSet<>();

		private final Set<EmploymentType> employmentTypes = EnumSet.noneOf(EmploymentType.class);

		private final Set<String> workingLanguages = new LinkedHashSet<>();

		private final Set<String> drivingLicences = new LinkedHashSet<>();

		private final Set<RemoteMode> remoteModes = EnumSet.noneOf(RemoteMode.class);

		private @Nullable SalaryFilter salary;

		private @Nullable Integer publishedWithinDays;

		private @Nullable Nearby nearby;

		private SortOrder sort = SortOrder.RELEVANCE;

		private int page;

		private int size = 20;

		private Builder() {
		}

		public Builder text(String text) {
			this.text = text;
			return this;
		}

		public Builder countries(Country... countries) {
			this.countries.addAll(Set.of(countries));
			return this;
		}

		public Builder regions(String... placeIds) {
			this.regions.addAll(Set.of(placeIds));
			return this;
		}

		public Builder municipalities(String... placeIds) {
			this.municipalities.addAll(Set.of(placeIds));
			return this;
		}

		public Builder iscoGroups(String... codes) {
			this.iscoGroups.addAll(Set.of(codes));
			return this;
		}

		public Builder employmentTypes(EmploymentType... types) {
			this.employmentTypes.addAll(Set.of(types));
			return this;
		}

		public Builder workingLanguages(String... languageCodes) {
			this.workingLanguages.addAll(Set.of(languageCodes));
			return this;
		}

		public Builder drivingLicences(String... licenceIds) {
			this.drivingLicences.addAll(Set.of(licenceIds));
			return this;
		}

		public Builder remoteModes(RemoteMode... modes) {
			this.remoteModes.addAll(Set.of(modes));
			return this;
		}

		public Builder salary(@Nullable SalaryFilter salary) {
			this.salary = salary;
			return this;
		}

		public Builder publishedWithinDays(@Nullable Integer days) {
			this.publishedWithinDays = days;
			return this;
		}

		public Builder nearby(@Nullable Nearby nearby) {
			this.nearby = nearby;
			return this;
		}

		public Builder within(GeoPoint origin, double km) {
			return nearby(new Nearby(origin, km));
		}

		public Builder sort(SortOrder sort) {
			this.sort = sort;
			return this;
		}

		public Builder page(int page, int size) {
			this.page = page;
			this.size = size;
			return this;
		}

		public PostingQuery build() {
			return new PostingQuery(this.text, this.countries, this.regions, this.municipalities, this.iscoGroups,
					this.employmentTypes, this.workingLanguages, this.drivingLicences, this.remoteModes, this.salary,
					this.publishedWithinDays, this.nearby, this.sort, this.page, this.size);
		}

	}

}
