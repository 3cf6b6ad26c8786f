package io.arcticmatch.web.search;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Currency;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Function;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import io.arcticmatch.matcher.concepts.Concepts;
import io.arcticmatch.matcher.concepts.language.Language;
import io.arcticmatch.matcher.concepts.licence.DrivingLicence;
import io.arcticmatch.matcher.concepts.place.Country;
import io.arcticmatch.matcher.concepts.place.GeoPoint;
import io.arcticmatch.matcher.concepts.place.Place;
import io.arcticmatch.matcher.posting.CurrencyRates;
import io.arcticmatch.matcher.posting.EmploymentType;
import io.arcticmatch.matcher.posting.PostingQuery;
import io.arcticmatch.matcher.posting.PostingQuery.Nearby;
import io.arcticmatch.matcher.posting.PostingQuery.SalaryFilter;
import io.arcticmatch.matcher.posting.PostingQuery.SortOrder;
import io.arcticmatch.matcher.posting.RemoteMode;
import io.arcticmatch.matcher.posting.SalaryPeriod;
import org.jspecify.annotations.Nullable;

import org.springframework.stereotype.Component;

/**
 * Turns the parameters of a search request into a {@link PostingQuery}, checking every
 * one of them first so that a caller learns all mistakes from one answer. It checks what
 * {@link PostingQuery} itself would refuse too, so that those mistakes also name their
 * parameter.
 */
@Component
public class SearchParameterReader {

	static final int DEFAULT_SIZE = 20;

	private static final Pattern REGION_ID = Pattern.compile("place:(NO|SE|FI):region:[0-9]{2}");

	private static final Pattern MUNICIPALITY_ID = Pattern.compile("place:(NO|SE|FI):[0-9]{3,4}");

	private static final Pattern ISCO_GROUP = Pattern.compile("[0-9]{1,4}");

	private final Concepts concepts;

	private final CurrencyRates rates;

	SearchParameterReader(Concepts concepts, CurrencyRates rates) {
		this.concepts = concepts;
		this.rates = rates;
	}

	/**
	 * A search as the index takes it, and where distances are measured from.
	 *
	 * @param query the query
	 * @param origin the location of {@code near}, if given
	 */
	public record SearchRequest(PostingQuery query, @Nullable GeoPoint origin) {

	}

	/**
	 * @param parameters the request's parameters
	 * @return the search
	 * @throws InvalidParameters listing every parameter that cannot be used
	 */
	public SearchRequest read(SearchParameters parameters) {
		Problems problems = new Problems();
		PostingQuery.Builder query = PostingQuery.builder()
			.text((parameters.q() != null) ? parameters.q().strip() : "");
		for (String value : values(parameters.country())) {
			problems.parse("country", value, Country::fromCode, "api.param.oneOf", "NO, SE, FI")
				.ifPresent(query::countries);
		}
		for (String value : values(parameters.region())) {
			problems.match("region", value, REGION_ID, "api.param.region").ifPresent(query::regions);
		}
		for (String value : values(parameters.municipality())) {
			problems.match("municipality", value, MUNICIPALITY_ID, "api.param.municipality")
				.ifPresent(query::municipalities);
		}
		for (String value : values(parameters.isco())) {
			problems.match("isco", value, ISCO_GROUP, "api.param.isco").ifPresent(query::iscoGroups);
		}
		for (String value : values(parameters.employmentType())) {
			problems
				.parse("employmentType", value, enumValue(EmploymentType.class), "api.param.oneOf",
						names(EmploymentType.values()))
				.ifPresent(query::employmentTypes);
		}
		for (String value : values(parameters.language())) {
			problems.parse("language", value, this::language, "api.param.language").ifPresent(query::workingLanguages);
		}
		for (String value : values(parameters.licence())) {
			problems.parse("licence", value, this::licence, "api.param.licence").ifPresent(query::drivingLicences);
		}
		for (String value : values(parameters.remote())) {
			problems.parse("remote", value, enumValue(RemoteMode.class), "api.param.oneOf", names(RemoteMode.values()))
				.ifPresent(query::remoteModes);
		}
		query.salary(salary(parameters, problems));
		Integer days = problems.integer("publishedWithinDays", parameters.publishedWithinDays());
		if (days != null && days < 1) {
			problems.add("publishedWithinDays", "api.param.days", parameters.publishedWithinDays());
		}
		query.publishedWithinDays(days);
		Nearby nearby = nearby(parameters, problems);
		query.nearby(nearby);
		SortOrder sort = given(parameters.sort())
			.flatMap((text) -> problems.parse("sort", text, enumValue(SortOrder.class), "api.param.oneOf",
					"relevance, newest, distance"))
			.orElse(SortOrder.RELEVANCE);
		if (sort == SortOrder.DISTANCE && given(parameters.near()).isEmpty()) {
			problems.add("sort", "api.param.sort.needsNear");
		}
		query.sort(sort);
		int page = page(parameters, problems);
		query.page(page, size(parameters, page, problems));
		problems.throwIfAny();
		return new SearchRequest(query.build(), (nearby != null) ? nearby.origin() : null);
	}

	private int page(SearchParameters parameters, Problems problems) {
		Integer page = problems.integer("page", parameters.page());
		if (page != null && page < 0) {
			problems.add("page", "api.param.page", parameters.page());
		}
		return (page != null && page >= 0) ? page : 0;
	}

	private int size(SearchParameters parameters, int page, Problems problems) {
		Integer size = problems.integer("size", parameters.size());
		if (size != null && (size < 1 || size > PostingQuery.MAX_PAGE_SIZE)) {
			problems.add("size", "api.param.size", String.valueOf(PostingQuery.MAX_PAGE_SIZE), parameters.size());
			return DEFAULT_SIZE;
		}
		int checked = (size != null) ? size : DEFAULT_SIZE;
		if ((long) (page + 1) * checked > PostingQuery.MAX_RESULT_WINDOW) {
			problems.add("page", "api.param.page.tooDeep", String.valueOf(PostingQuery.MAX_RESULT_WINDOW));
		}
		return checked;
	}

	private @Nullable SalaryFilter salary(SearchParameters parameters, Problems problems) {
		BigDecimal min = problems.amount("salaryMin", parameters.salaryMin());
		BigDecimal max = problems.amount("salaryMax", parameters.salaryMax());
		boolean statedOnly = Boolean.TRUE.equals(problems.bool("salaryStatedOnly", parameters.salaryStatedOnly()));
		Currency currency = given(parameters.currency())
			.flatMap(
					(text) -> problems.parse("currency", text, this::currency, "api.param.currency", knownCurrencies()))
			.orElse(Currency.getInstance("EUR"));
		SalaryPeriod period = given(parameters.salaryPeriod()).flatMap((text) -> problems.parse("salaryPeriod", text,
				enumValue(SalaryPeriod.class), "api.param.oneOf", names(SalaryPeriod.values())))
			.orElse(SalaryPeriod.MONTH);
		if (min != null && max != null && max.compareTo(min) < 0) {
			problems.add("salaryMax", "api.param.salary.range", parameters.salaryMax(), parameters.salaryMin());
			return null;
		}
		if (min == null && max == null && !statedOnly) {
			return null;
		}
		return new SalaryFilter(min, max, currency, period, !statedOnly);
	}

	private @Nullable Nearby nearby(SearchParameters parameters, Problems problems) {
		Double withinKm = problems.distance("withinKm", parameters.withinKm());
		Optional<String> given = given(parameters.near());
		if (given.isEmpty()) {
			if (withinKm != null) {
				problems.add("withinKm", "api.param.withinKm.needsNear");
			}
			return null;
		}
		String near = given.get();
		Optional<Place> place = near.startsWith("place:") ? this.concepts.places().byId(near)
				: this.concepts.places().findByName(near).stream().findFirst();
		if (place.isEmpty()) {
			problems.add("near", "api.param.near.unknown", near);
			return null;
		}
		return new Nearby(place.get().location(), withinKm);
	}

	private Optional<String> language(String code) {
		if (!code.matches("[A-Za-z]{2,3}")) {
			return Optional.empty();
		}
		// the index keeps the shortest code (639-1 where there is one), so nob finds nb
		return this.concepts.languages().fromIso(code).asOptional().map(Language::code);
	}

	private Optional<String> licence(String text) {
		Optional<DrivingLicence> licence = text.startsWith("licence:") ? this.concepts.licences().byId(text)
				: this.concepts.licences().fromCode(text).asOptional();
		return licence.map(DrivingLicence::id);
	}

	private Optional<Currency> currency(String code) {
		try {
			return Optional.of(Currency.getInstance(code.strip().toUpperCase(Locale.ROOT))).filter(this.rates::knows);
		}
		catch (IllegalArgumentException ex) {
			return Optional.empty();
		}
	}

	private String knownCurrencies() {
		return this.rates.eurPerUnit()
			.keySet()
			.stream()
			.map(Currency::getCurrencyCode)
			.sorted()
			.collect(Collectors.joining(", "));
	}

	private static Optional<String> given(@Nullable String text) {
		return Optional.ofNullable(text).map(String::strip).filter((stripped) -> !stripped.isEmpty());
	}

	private static <E extends Enum<E>> Function<String, Optional<E>> enumValue(Class<E> type) {
		return (text) -> Arrays.stream(type.getEnumConstants())
			.filter((constant) -> constant.name().equalsIgnoreCase(text.replace('-', '_')))
			.findFirst();
	}

	private static String names(Enum<?>[] values) {
		return Arrays.stream(values).map(Enum::name).collect(Collectors.joining(", "));
	}

	/**
	 * The values of a repeatable parameter: each value given, split at commas, blanks
	 * left out.
	 */
	private static List<String> values(@Nullable List<String> given) {
		if (given == null) {
			return List.of();
		}
		return given.stream()
			.flatMap((value) -> Arrays.stream(value.split(",")))
			.map(String::strip)
			.filter((value) -> !value.isEmpty())
			.toList();
	}

	/**
	 * Collects what is wrong while the parameters are read.
	 */
	private static final class Problems {

		private final List<ParameterProblem> found = new ArrayList<>();

		void add(String parameter, String code, @Nullable String... arguments) {
			this.found
				.add(new ParameterProblem(parameter, code, Arrays.stream(arguments).map(String::valueOf).toList()));
		}

		/**
		 * Reads one value, or reports it with a message whose last argument is the value
		 * as written.
		 */
		<T> Optional<T> parse(String parameter, String text, Function<String, Optional<T>> parser, String code,
				String... arguments) {
			Optional<T> value = parser.apply(text.strip());
			if (value.isEmpty()) {
				List<String> all = new ArrayList<>(List.of(arguments));
				all.add(text);
				this.found.add(new ParameterProblem(parameter, code, all));
			}
			return value;
		}

		Optional<String> match(String parameter, String text, Pattern pattern, String code) {
			if (!pattern.matcher(text).matches()) {
				add(parameter, code, text);
				return Optional.empty();
			}
			return Optional.of(text);
		}

		@Nullable Integer integer(String parameter, @Nullable String text) {
			if (text == null || text.isBlank()) {
				return null;
			}
			try {
				return Integer.valueOf(text.strip());
			}
			catch (NumberFormatException ex) {
				add(parameter, "api.param.wholeNumber", text);
				return null;
			}
		}

		@Nullable BigDecimal amount(String parameter, @Nullable String text) {
			if (text == null || text.isBlank()) {
				return null;
			}
			try {
				BigDecimal amount = new BigDecimal(text.strip());
				if (amount.signum() < 0) {
					add(parameter, "api.param.salary.negative");
					return null;
				}
				return amount;
			}
			catch (NumberFormatException ex) {
				add(parameter, "api.param.number", text);
				return null;
			}
		}

		@Nullable Double distance(String parameter, @Nullable String text) {
			if (text == null || text.isBlank()) {
				return null;
			}
			try {
				double km = Double.parseDouble(text.strip());
				if (!(km > 0) || Double.isInfinite(km)) {
					add(parameter, "api.param.withinKm.positive", text);
					return null;
				}
				return km;
			}
			catch (NumberFormatException ex) {
				add(parameter, "api.param.number", text);
				return null;
			}
		}

		@Nullable Boolean bool(String parameter, @Nullable String text) {
			if (text == null || text.isBlank()) {
				return null;
			}
			return switch (text.strip().toLowerCase(Locale.ROOT)) {
				case "true" -> true;
				case "false" -> false;
				default -> {
					add(parameter, "api.param.boolean", text);
					yield null;
				}
			};
		}

		void throwIfAny() {
			if (!this.found.isEmpty()) {
				throw new InvalidParameters(this.found);
			}
		}

	}

}
