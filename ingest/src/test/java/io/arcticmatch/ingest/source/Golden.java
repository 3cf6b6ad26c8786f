package io.arcticmatch.ingest.source;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

import static org.assertj.core.api.Assertions.fail;

/**
 * Golden-file support: fixtures under {@code src/test/resources/source/<country>/},
 * expected results beside them as {@code <fixture>.expected.json}. A difference fails the
 * test with a list of the differing JSON paths. Run with {@code -Dgolden.update=true} to
 * rewrite the expected files, then check every changed value by hand before committing.
 */
public final class Golden {

	/**
	 * Every fixture is "fetched" at this time, so that results do not depend on the
	 * clock.
	 */
	public static final Instant FETCHED_AT = Instant.parse("2026-11-24T12:00:00Z");

	private static final Path ROOT = Path.of("src/test/resources/source");

	private static final int MAX_DIFFERENCES = 40;

	private static final JsonMapper JSON = JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build();

	private Golden() {
	}

	/**
	 * @param country the fixture's folder: norway, sweden or finland
	 * @param name the fixture's file name
	 * @return its text
	 */
	public static String fixture(String country, String name) {
		return fixture(country + "/" + name);
	}

	/**
	 * @param path the fixture's path below the fixtures' folder, e.g.
	 * {@code sweden/jobtech-ad-28746073-volvo-2024.json}
	 * @return its text
	 */
	public static String fixture(String path) {
		String resource = "/source/" + path;
		try (InputStream in = Golden.class.getResourceAsStream(resource)) {
			if (in == null) {
				throw new IllegalStateException("No test resource " + resource);
			}
			return new String(in.readAllBytes(), StandardCharsets.UTF_8);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/**
	 * A fixture of one ad as a fetcher would pass it on, with the id a fetcher would have
	 * read.
	 * @param format the fixture's format
	 * @param country the fixture's folder
	 * @param name the fixture's file name
	 * @param idField the payload's id field
	 * @return the raw posting
	 */
	public static RawPosting posting(SourceFormat format, String country, String name, String idField) {
		String payload = fixture(country, name);
		JsonNode id = JSON.readTree(payload).path(idField);
		return RawPosting.of(format, id.isValueNode() ? id.asString() : "unknown", payload, FETCHED_AT);
	}

	/**
	 * @param conversion any conversion
	 * @return it as JSON: {@code {"converted": ad}}, {@code {"withdrawn": ...}} or
	 * {@code {"rejected": ...}}
	 */
	public static JsonNode render(Conversion conversion) {
		ObjectNode node = JSON.createObjectNode();
		switch (conversion) {
			case Conversion.Converted converted -> node.set("converted", JSON.valueToTree(converted.ad()));
			case Conversion.Withdrawn withdrawn -> node.set("withdrawn", JSON.valueToTree(withdrawn));
			case Conversion.Rejected rejected -> node.set("rejected", JSON.valueToTree(rejected));
		}
		return node;
	}

	/**
	 * @param conversions conversions in page order
	 * @return them as a JSON list
	 */
	public static ArrayNode render(List<Conversion> conversions) {
		ArrayNode list = JSON.createArrayNode();
		conversions.forEach((conversion) -> list.add(render(conversion)));
		return list;
	}

	/**
	 * @param split a page cut into postings
	 * @param converter converts each posting
	 * @return {@code {"malformed": reason}} or {@code {"rejectedBySplit": [...],
	 * "conversions": [...]}}
	 */
	public static ObjectNode renderPage(PageSplit<RawPosting> split, Function<RawPosting, Conversion> converter) {
		ObjectNode result = JSON.createObjectNode();
		switch (split) {
			case PageSplit.Malformed<RawPosting> malformed -> result.put("malformed", malformed.reason());
			case PageSplit.Split<RawPosting> postings -> {
				List<Conversion> conversions = new ArrayList<>();
				postings.items().forEach((raw) -> conversions.add(converter.apply(raw)));
				result.set("rejectedBySplit", JSON.valueToTree(postings.rejected()));
				result.set("conversions", render(conversions));
			}
		}
		return result;
	}

	/**
	 * @param value any value the JSON mapper can write
	 * @return it as a tree
	 */
	public static JsonNode tree(Object value) {
		return JSON.valueToTree(value);
	}

	/**
	 * @return an empty object to build a result in
	 */
	public static ObjectNode object() {
		return JSON.createObjectNode();
	}

	/**
	 * Compares a result with the checked-in expected file, or writes it in update mode.
	 * @param country the fixture's folder
	 * @param fixture the fixture's name
	 * @param actual what converting it gave
	 */
	public static void assertMatches(String country, String fixture, JsonNode actual) {
		Path expectedFile = ROOT.resolve(country).resolve(fixture.replaceFirst("\\.json$", "") + ".expected.json");
		String actualText = JSON.writeValueAsString(actual) + "\n";
		try {
			if (Boolean.getBoolean("golden.update")) {
				Files.writeString(expectedFile, actualText, StandardCharsets.UTF_8);
				return;
			}
			if (!Files.exists(expectedFile)) {
				Path written = Path.of("target/golden-actual").resolve(country).resolve(expectedFile.getFileName());
				Files.createDirectories(written.getParent());
				Files.writeString(written, actualText, StandardCharsets.UTF_8);
				fail("No expected file %s; the result is in %s. Check it by hand, then copy it there (or run with -Dgolden.update=true)."
					.formatted(expectedFile, written));
			}
			JsonNode expected = JSON.readTree(Files.readString(expectedFile, StandardCharsets.UTF_8));
			List<String> differences = new ArrayList<>();
			diff("$", expected, actual, differences);
			if (!differences.isEmpty()) {
				fail("%s differs from %s in %d place(s):%n  %s".formatted(fixture, expectedFile, differences.size(),
						String.join(System.lineSeparator() + "  ",
								differences.subList(0, Math.min(differences.size(), MAX_DIFFERENCES)))));
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static void diff(String path, JsonNode expected, JsonNode actual, List<String> differences) {
		if (expected.isObject() && actual.isObject()) {
			Set<String> names = new TreeSet<>(expected.propertyNames());
			names.addAll(actual.propertyNames());
			for (String name : names) {
				diff(path + "." + name, expected.path(name), actual.path(name), differences);
			}
		}
		else if (expected.isArray() && actual.isArray()) {
			Iterator<JsonNode> e = expected.values().iterator();
			Iterator<JsonNode> a = actual.values().iterator();
			int i = 0;
			while (e.hasNext() || a.hasNext()) {
				diff(path + "[" + i++ + "]", e.hasNext() ? e.next() : JSON.missingNode(),
						a.hasNext() ? a.next() : JSON.missingNode(), differences);
			}
		}
		else if (!expected.equals(actual)) {
			differences.add("%s: expected %s but was %s".formatted(path, shown(expected), shown(actual)));
		}
	}

	private static String shown(JsonNode value) {
		if (value.isMissingNode()) {
			return "(nothing)";
		}
		String text = value.toString();
		return (text.length() > 160) ? text.substring(0, 160) + "…" : text;
	}

}
