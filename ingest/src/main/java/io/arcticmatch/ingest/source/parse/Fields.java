package io.arcticmatch.ingest.source.parse;

import java.util.ArrayList;
import java.util.List;

import org.jspecify.annotations.Nullable;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.node.MissingNode;

/**
 * Lenient, typed access to the fields of one JSON object of a payload. Missing fields,
 * JSON nulls and blank strings read as null; scalars are converted where that loses
 * nothing (a number where text is expected is read as its digits). A value that cannot be
 * meant as what is expected (an object where text is expected) throws {@link BadField}
 * naming the field's path and the value.
 *
 * @param node the object (or a missing node, which has no fields)
 * @param path where the object is in the payload, e.g. {@code ad_content.employer}; empty
 * at the root
 */
public record Fields(JsonNode node, String path) {

	private static final int EXCERPT = 80;

	/**
	 * @param root the payload's top-level object
	 * @return its fields
	 */
	public static Fields root(JsonNode root) {
		return new Fields(root, "");
	}

	/**
	 * @return whether this object is absent (missing or JSON null)
	 */
	public boolean isAbsent() {
		return this.node.isMissingNode() || this.node.isNull();
	}

	/**
	 * @param name a field
	 * @return whether the field is there and not JSON null
	 */
	public boolean has(String name) {
		return this.node.hasNonNull(name);
	}

	/**
	 * @param name a field
	 * @return its value, a missing node when absent
	 */
	public JsonNode node(String name) {
		JsonNode value = this.node.get(name);
		return (value != null) ? value : MissingNode.getInstance();
	}

	/**
	 * @param name a field
	 * @return where the field is, for messages
	 */
	public String pathOf(String name) {
		return this.path.isEmpty() ? name : this.path + "." + name;
	}

	/**
	 * @param name a text field
	 * @return the text, stripped; null when missing, null or blank
	 */
	public @Nullable String text(String name) {
		return textOf(node(name), pathOf(name));
	}

	/**
	 * @param name a text field the ad cannot do without
	 * @return the text, stripped
	 * @throws BadField when it is missing, null or blank
	 */
	public String requiredText(String name) {
		String text = text(name);
		if (text == null) {
			throw new BadField("field '%s' is %s; an ad needs it".formatted(pathOf(name), describeAbsence(name)));
		}
		return text;
	}

	/**
	 * @param name a text field that may carry markup or meaningful white space
	 * @return the text exactly as given; null when missing, null or blank
	 */
	public @Nullable String verbatim(String name) {
		JsonNode value = node(name);
		if (value.isString()) {
			String text = value.stringValue();
			return text.isBlank() ? null : text;
		}
		return textOf(value, pathOf(name));
	}

	/**
	 * @param name an object field
	 * @return its fields; an absent object when missing or null
	 * @throws BadField when it is not an object
	 */
	public Fields object(String name) {
		JsonNode value = node(name);
		if (value.isMissingNode() || value.isNull() || value.isObject()) {
			return new Fields(value, pathOf(name));
		}
		throw new BadField("field '%s' should be an object but is %s".formatted(pathOf(name), describe(value)));
	}

	/**
	 * @param name an array-of-objects field
	 * @return the objects; JSON null elements are skipped; empty when missing or null
	 * @throws BadField when it is not an array of objects
	 */
	public List<Fields> objects(String name) {
		JsonNode value = arrayNode(name);
		List<Fields> objects = new ArrayList<>();
		for (int i = 0; i < value.size(); i++) {
			JsonNode element = value.get(i);
			String elementPath = pathOf(name) + "[" + i + "]";
			if (element.isObject()) {
				objects.add(new Fields(element, elementPath));
			}
			else if (!element.isNull()) {
				throw new BadField(
						"field '%s' should be an object but is %s".formatted(elementPath, describe(element)));
			}
		}
		return objects;
	}

	/**
	 * @param name an array-of-text field; a single text is read as a list of one
	 * @return the texts, blanks left out; empty when missing or null
	 * @throws BadField when an element is not a scalar
	 */
	public List<String> texts(String name) {
		JsonNode value = node(name);
		if (value.isString() || value.isNumber()) {
			String single = textOf(value, pathOf(name));
			return (single != null) ? List.of(single) : List.of();
		}
		JsonNode array = arrayNode(name);
		List<String> texts = new ArrayList<>();
		for (int i = 0; i < array.size(); i++) {
			String text = textOf(array.get(i), pathOf(name) + "[" + i + "]");
			if (text != null) {
				texts.add(text);
			}
		}
		return texts;
	}

	/**
	 * @param name a boolean field; "true" and "false" as text are accepted
	 * @return the value; null when missing or null
	 * @throws BadField for any other value
	 */
	public @Nullable Boolean bool(String name) {
		JsonNode value = node(name);
		if (value.isMissingNode() || value.isNull()) {
			return null;
		}
		if (value.isBoolean()) {
			return value.booleanValue();
		}
		if (value.isString() && (value.stringValue().strip().equalsIgnoreCase("true")
				|| value.stringValue().strip().equalsIgnoreCase("false"))) {
			return Boolean.parseBoolean(value.stringValue().strip());
		}
		throw new BadField("field '%s' should be true or false but is %s".formatted(pathOf(name), describe(value)));
	}

	/**
	 * @param name a number field; a number written as text is accepted
	 * @return the value; null when missing, null or blank
	 * @throws BadField when it is not a number
	 */
	public @Nullable Double decimal(String name) {
		JsonNode value = node(name);
		if (value.isNumber()) {
			return value.doubleValue();
		}
		String text = textOf(value, pathOf(name));
		if (text == null) {
			return null;
		}
		try {
			return Double.valueOf(text);
		}
		catch (NumberFormatException ex) {
			throw new BadField("field '%s' should be a number but is %s".formatted(pathOf(name), describe(value)));
		}
	}

	/**
	 * @param name a whole-number field; a number written as text is accepted
	 * @return the value; null when missing, null or blank
	 * @throws BadField when it is not a whole number
	 */
	public @Nullable Integer integer(String name) {
		Double value = decimal(name);
		if (value == null) {
			return null;
		}
		if (value != Math.rint(value) || Math.abs(value) > Integer.MAX_VALUE) {
			throw new BadField(
					"field '%s' should be a whole number but is %s".formatted(pathOf(name), describe(node(name))));
		}
		return value.intValue();
	}

	/**
	 * Reads a field whose value is JSON written as a text, a quirk of NAV's internal
	 * format ({@code "searchtags": "[{\"label\": ...}]"}). Real JSON in the field is
	 * accepted too.
	 * @param name the field
	 * @param json the mapper to parse with
	 * @return the parsed value; a missing node when the field is missing, null or blank
	 * @throws BadField when the text is not JSON
	 */
	public JsonNode jsonInText(String name, ObjectMapper json) {
		JsonNode value = node(name);
		if (!value.isString()) {
			return value;
		}
		if (value.stringValue().isBlank()) {
			return MissingNode.getInstance();
		}
		try {
			return json.readTree(value.stringValue());
		}
		catch (JacksonException ex) {
			throw new BadField("field '%s' should hold JSON as text but is %s (%s)".formatted(pathOf(name),
					describe(value), ex.getOriginalMessage()));
		}
	}

	private JsonNode arrayNode(String name) {
		JsonNode value = node(name);
		if (value.isMissingNode() || value.isNull()) {
			return MissingNode.getInstance();
		}
		if (!value.isArray()) {
			throw new BadField("field '%s' should be a list but is %s".formatted(pathOf(name), describe(value)));
		}
		return value;
	}

	private String describeAbsence(String name) {
		JsonNode value = node(name);
		if (value.isMissingNode()) {
			return "missing";
		}
		return value.isNull() ? "null" : "blank";
	}

	/**
	 * @param value any JSON value
	 * @param path where it is
	 * @return the value as text, stripped; null when missing, null or blank
	 * @throws BadField when it is an object or an array
	 */
	public static @Nullable String textOf(JsonNode value, String path) {
		if (value.isMissingNode() || value.isNull()) {
			return null;
		}
		if (value.isContainer()) {
			throw new BadField("field '%s' should be text but is %s".formatted(path, describe(value)));
		}
		String text = value.isString() ? value.stringValue() : value.asString();
		text = text.strip();
		return text.isEmpty() ? null : text;
	}

	/**
	 * @param value any JSON value
	 * @return its kind and a short excerpt, for messages
	 */
	public static String describe(JsonNode value) {
		if (value.isMissingNode()) {
			return "missing";
		}
		String kind;
		if (value.isObject()) {
			kind = "an object";
		}
		else if (value.isArray()) {
			kind = "a list";
		}
		else if (value.isString()) {
			kind = "the text";
		}
		else if (value.isNumber()) {
			kind = "the number";
		}
		else if (value.isBoolean()) {
			kind = "the boolean";
		}
		else {
			kind = "the value";
		}
		String excerpt = value.toString();
		if (excerpt.length() > EXCERPT) {
			excerpt = excerpt.substring(0, EXCERPT) + "…";
		}
		return kind + " " + excerpt;
	}

}
