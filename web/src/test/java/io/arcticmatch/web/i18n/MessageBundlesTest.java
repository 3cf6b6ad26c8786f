package io.arcticmatch.web.i18n;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.stream.Stream;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.parser.Parser;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every text the pages show comes from the message bundles, and every bundle has every
 * key.
 */
class MessageBundlesTest {

	private static final Path TEMPLATES = Path.of("src/main/resources/templates");

	/**
	 * Attributes a reader or a screen reader sees; a literal value would escape
	 * translation.
	 */
	private static final Set<String> VISIBLE_ATTRIBUTES = Set.of("title", "alt", "placeholder", "aria-label",
			"aria-description");

	private static final Path BUNDLES = Path.of("src/main/resources/i18n");

	@ParameterizedTest
	@EnumSource(SupportedLanguage.class)
	void everyBundleHasExactlyTheKeysOfTheEnglishOne(SupportedLanguage language) throws IOException {
		for (String feature : features()) {
			Set<Object> english = bundle(feature, SupportedLanguage.ENGLISH).keySet();
			Properties bundle = bundle(feature, language);

			assertThat(bundle.keySet()).as("keys of %s_%s", feature, language.tag()).isEqualTo(english);
			assertThat(bundle.values()).as("values of %s_%s", feature, language.tag())
				.allSatisfy((value) -> assertThat(value.toString()).isNotBlank());
		}
	}

	@Test
	void everyFeatureBundleIsConfiguredAndNoKeyIsInTwoBundles() throws IOException {
		Properties settings = new Properties();
		try (InputStream in = MessageBundlesTest.class.getResourceAsStream("/application.properties")) {
			settings.load(in);
		}
		Set<String> configured = Set.of(settings.getProperty("spring.messages.basename").split(","));
		List<String> twice = new ArrayList<>();
		Set<Object> seen = new java.util.HashSet<>();
		for (String feature : features()) {
			assertThat(configured).as("spring.messages.basename").contains("i18n/" + feature);
			bundle(feature, SupportedLanguage.ENGLISH).keySet()
				.stream()
				.filter((key) -> !seen.add(key))
				.forEach((key) -> twice.add(feature + ": " + key));
		}

		assertThat(twice).as("a key in two bundles: the first bundle would hide the other").isEmpty();
	}

	@Test
	void templatesHoldNoLiteralText() throws IOException {
		List<String> literals = new ArrayList<>();
		try (Stream<Path> files = Files.walk(TEMPLATES)) {
			files.filter((file) -> file.toString().endsWith(".html"))
				.forEach((file) -> literals.addAll(literalsIn(file)));
		}

		assertThat(literals).isEmpty();
	}

	@Test
	void everyMessageKeyATemplateUsesExists() throws IOException {
		Set<Object> keys = new java.util.HashSet<>();
		for (String feature : features()) {
			keys.addAll(bundle(feature, SupportedLanguage.ENGLISH).keySet());
		}
		List<String> missing = new ArrayList<>();
		var key = java.util.regex.Pattern.compile("#\\{([\\w.]+)");
		try (Stream<Path> files = Files.walk(TEMPLATES)) {
			for (Path file : files.filter((f) -> f.toString().endsWith(".html")).toList()) {
				key.matcher(Files.readString(file))
					.results()
					.map((match) -> match.group(1))
					.filter((used) -> !keys.contains(used))
					.forEach((used) -> missing.add(TEMPLATES.relativize(file) + ": " + used));
			}
		}

		assertThat(missing).isEmpty();
	}

	private static List<String> literalsIn(Path file) {
		Document page;
		try {
			page = Jsoup.parse(Files.readString(file), "", Parser.xmlParser());
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		List<String> found = new ArrayList<>();
		for (Element element : page.getAllElements()) {
			boolean replaced = element.hasAttr("th:text") || element.hasAttr("th:utext")
					|| element.hasAttr("th:replace") || element.hasAttr("th:insert") || element.hasAttr("th:errors");
			String text = element.ownText().strip();
			if (!replaced && text.codePoints().anyMatch(Character::isLetter)) {
				found.add("%s: <%s> '%s'".formatted(TEMPLATES.relativize(file), element.tagName(), text));
			}
			VISIBLE_ATTRIBUTES.stream()
				.filter(element::hasAttr)
				.forEach((attribute) -> found.add("%s: <%s %s='%s'>".formatted(TEMPLATES.relativize(file),
						element.tagName(), attribute, element.attr(attribute))));
		}
		return found;
	}

	/**
	 * @return the features with a bundle of their own, e.g. {@code messages},
	 * {@code trips}
	 */
	private static List<String> features() throws IOException {
		try (Stream<Path> files = Files.list(BUNDLES)) {
			return files.map((file) -> file.getFileName().toString())
				.filter((name) -> name.endsWith("_en.properties"))
				.map((name) -> name.substring(0, name.length() - "_en.properties".length()))
				.sorted()
				.toList();
		}
	}

	private static Properties bundle(String feature, SupportedLanguage language) {
		Properties properties = new Properties();
		String name = "/i18n/%s_%s.properties".formatted(feature, language.tag());
		try (InputStream in = MessageBundlesTest.class.getResourceAsStream(name)) {
			assertThat(in).as(name).isNotNull();
			properties.load(new java.io.InputStreamReader(in, StandardCharsets.UTF_8));
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return properties;
	}

}
