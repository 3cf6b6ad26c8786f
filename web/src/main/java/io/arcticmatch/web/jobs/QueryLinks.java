package io.arcticmatch.web.jobs;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.StringJoiner;

/**
 * Addresses of the search page that change one thing of the current query and keep the
 * rest, so that paging and removing a filter never lose what the visitor asked for. Blank
 * parameters are left out to keep addresses short.
 */
final class QueryLinks {

	private final String path;

	private final Map<String, List<String>> parameters;

	/**
	 * Each parameter's values once split: the search page asks for most of them thrice.
	 */
	private final Map<String, List<String>> split = new HashMap<>();

	QueryLinks(String path, Map<String, String[]> given) {
		this.path = path;
		this.parameters = new LinkedHashMap<>();
		given.forEach((name, values) -> {
			List<String> kept = Arrays.stream(values).filter((value) -> !value.isBlank()).toList();
			if (!kept.isEmpty()) {
				this.parameters.put(name, kept);
			}
		});
	}

	/**
	 * @return the values of a repeatable parameter, each value split at commas
	 */
	List<String> values(String name) {
		return this.split.computeIfAbsent(name, this::splitValues);
	}

	private List<String> splitValues(String name) {
		return this.parameters.getOrDefault(name, List.of())
			.stream()
			.flatMap((value) -> Arrays.stream(value.split(",")))
			.map(String::strip)
			.filter((value) -> !value.isEmpty())
			.toList();
	}

	String current() {
		return link(this.parameters);
	}

	String page(int page) {
		Map<String, List<String>> changed = new LinkedHashMap<>(this.parameters);
		changed.remove("page");
		if (page > 0) {
			changed.put("page", List.of(String.valueOf(page)));
		}
		return link(changed);
	}

	/**
	 * @return the query with one more value of a parameter, on the same page
	 */
	String withAdded(String name, String value) {
		Map<String, List<String>> changed = new LinkedHashMap<>(this.parameters);
		List<String> more = new ArrayList<>(changed.getOrDefault(name, List.of()));
		more.add(value);
		changed.put(name, more);
		return link(changed);
	}

	/**
	 * @return the query without one value of a parameter, from the first page
	 */
	String without(String name, String value) {
		Map<String, List<String>> changed = new LinkedHashMap<>(this.parameters);
		changed.remove("page");
		List<String> rest = new ArrayList<>(values(name));
		rest.remove(value);
		changed.remove(name);
		if (!rest.isEmpty()) {
			changed.put(name, rest);
		}
		return link(changed);
	}

	/**
	 * @return the query without any value of the parameters, from the first page
	 */
	String without(List<String> names) {
		Map<String, List<String>> changed = new LinkedHashMap<>(this.parameters);
		changed.remove("page");
		names.forEach(changed::remove);
		return link(changed);
	}

	private String link(Map<String, List<String>> parameters) {
		StringJoiner query = new StringJoiner("&");
		parameters.forEach((name, values) -> values.forEach((value) -> query.add(encode(name) + "=" + encode(value))));
		return (query.length() == 0) ? this.path : this.path + "?" + query;
	}

	private static String encode(String text) {
		return URLEncoder.encode(text, StandardCharsets.UTF_8);
	}

}
