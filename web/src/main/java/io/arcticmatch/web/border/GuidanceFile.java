package io.arcticmatch.web.border;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;

import tools.jackson.databind.json.JsonMapper;

import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;

/**
 * The guidance as written in the repository ({@code border/guidance.json}): the content
 * the database is seeded from.
 */
@Component
class GuidanceFile {

	static final String LOCATION = "border/guidance.json";

	private final JsonMapper json;

	GuidanceFile(JsonMapper json) {
		this.json = json;
	}

	/** The file's shape. */
	record Content(List<GuidanceItem> items) {

	}

	List<GuidanceItem> items() {
		try (InputStream in = new ClassPathResource(LOCATION).getInputStream()) {
			return List.copyOf(this.json.readValue(in, Content.class).items());
		}
		catch (IOException ex) {
			throw new UncheckedIOException("The border guidance " + LOCATION + " cannot be read", ex);
		}
	}

}
