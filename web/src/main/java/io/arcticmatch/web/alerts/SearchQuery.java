package io.arcticmatch.web.alerts;

import java.net.URLDecoder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import io.arcticmatch.web.search.SearchParameters;
import org.jspecify.annotations.Nullable;

/**
 * The query string of a search page ({@code /jobs?q=...}), as a saved search keeps it. It
 * accepts what a seeker pastes: the whole address, {@code /jobs?...}, {@code ?...} or the
 * bare query string. Paging is left out (an alert always looks at the newest postings);
 * parameters the search does not know are kept, since the search page ignores them too.
 */
final class SearchQuery {

	private static final Set<String> PAGING = Set.of("page", "size");

	private final Map<String, List<String>> parameters;

	private SearchQuery(Map<String, List<String>> parameters) {
		this.parameters = parameters;
	}

	static SearchQuery parse(@Nullable String text) {
		String query = (text != null) ? text.strip() : "";
		int fragment = query.indexOf('#');
		if (fragment >= 0) {
			query = query.substring(0, fragment);
		}
		int questionMark = query.indexOf('?');
		if (questionMark >= 0) {
			query = query.substring(questionMark + 1);
		}
		Map<String, List<String>> parameters = new LinkedHashMap<>();
		for (String pair : query.split("&")) {
			int equals = pair.indexOf('=');
			String name = decode((equals >= 0) ? pair.substring(0, equals) : pair).strip();
			String value = (equals >= 0) ? decode(pair.substring(equals + 1)).strip() : "";
			if (!name.isEmpty() && !value.isEmpty() && !PAGING.contains(name)) {
				parameters.computeIfAbsent(name, (key) -> new ArrayList<>()).add(value);
			}
		}
		return new SearchQuery(parameters);
	}

	/**
	 * @return the query string in one normal form: the search page's own parameter names,
	 * encoded, without paging
	 */
	String text() {
		return this.parameters.entrySet()
			.stream()
			.flatMap((entry) -> entry.getValue().stream().map((value) -> encode(entry.getKey()) + "=" + encode(value)))
			.collect(Collectors.joining("&"));
	}

	boolean isEmpty() {
		return this.parameters.isEmpty();
	}

	/**
	 * @return the parameters as the search API takes them
	 */
	SearchParameters toParameters() {
		return new SearchParameters(one("q"), all("country"), all("region"), all("municipality"), all("isco"),
				all("employmentType"), all("language"), all("licence"), all("remote"), one("salaryMin"),
				one("salaryMax"), one("currency"), one("salaryPeriod"), one("salaryStatedOnly"),
				one("publishedWithinDays"), one("near"), one("withinKm"), one("sort"), null, null);
	}

	private @Nullable String one(String name) {
		List<String> values = this.parameters.get(name);
		return (values != null) ? values.get(0) : null;
	}

	private @Nullable List<String> all(String name) {
		return this.parameters.get(name);
	}

	private static String decode(String text) {
		try {
			return URLDecoder.decode(text, StandardCharsets.UTF_8);
		}
		catch (IllegalArgumentException ex) {
			// a stray % in a pasted address: keep the text as written
			return text;
		}
	}

	private static String encode(String text) {
		return URLEncoder.encode(text, StandardCharsets.UTF_8);
	}

}
