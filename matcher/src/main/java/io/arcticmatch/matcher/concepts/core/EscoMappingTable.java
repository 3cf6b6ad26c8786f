package io.arcticmatch.matcher.concepts.core;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;

/**
 * Reads the mapping tables that the ESCO portal publishes between ESCO and a national
 * classification. They start with a block of metadata lines, then a header row beginning
 * {@code Classification 1 URI}, then one mapping per line. The Swedish skills table also
 * has a byte-order mark, a {@code ;} at the end of every line, and many lines quoted as a
 * whole (with the quotes inside doubled again); a handful of lines are broken beyond that
 * and are recovered from the URIs and the relation they contain (see
 * {@link #repaired()}).
 *
 * @param rows the mappings, in file order
 * @param repaired how many lines could not be read as CSV and were recovered by pattern
 */
public record EscoMappingTable(List<Row> rows, int repaired) {

	private static final Pattern ESCO_URI = Pattern.compile("http://data\\.europa\\.eu/esco/[a-z]+/[A-Za-z0-9-]+");

	private static final Pattern OTHER_URI = Pattern.compile(
			"https?://(?:data\\.jobtechdev\\.se/taxonomy/concept|data\\.europa\\.eu/esco/concept/[a-z-]+)/[A-Za-z0-9_]+");

	private static final Pattern RELATION = Pattern.compile("skos:(?:exact|close|broad|narrow)Match|no relation");

	public EscoMappingTable {
		rows = List.copyOf(rows);
	}

	/**
	 * Parses a mapping table.
	 * @param text the whole file
	 * @return the table
	 * @throws IllegalArgumentException if there is no {@code Classification 1 URI} header
	 */
	public static EscoMappingTable parse(String text) {
		String[] lines = text.split("\r\n|\n|\r", -1);
		int header = -1;
		for (int i = 0; i < lines.length; i++) {
			if (stripBom(lines[i]).startsWith("Classification 1 URI")) {
				header = i;
				break;
			}
		}
		if (header < 0) {
			throw new IllegalArgumentException("Not an ESCO mapping table: no 'Classification 1 URI' header");
		}
		List<Row> rows = new ArrayList<>();
		int repaired = 0;
		for (int i = header + 1; i < lines.length; i++) {
			String line = unwrap(lines[i]);
			if (line.isBlank() || line.replace(",", "").replace(";", "").isBlank()) {
				continue;
			}
			Row row = asCsv(line);
			if (row == null) {
				row = byPattern(line);
				if (row == null) {
					continue;
				}
				repaired++;
			}
			rows.add(row);
		}
		return new EscoMappingTable(rows, repaired);
	}

	private static String stripBom(String line) {
		return (!line.isEmpty() && line.charAt(0) == '\uFEFF') ? line.substring(1) : line;
	}

	private static String unwrap(String raw) {
		String line = stripBom(raw);
		if (line.endsWith(";")) {
			line = line.substring(0, line.length() - 1);
		}
		if (line.length() >= 2 && line.startsWith("\"") && line.endsWith("\"")) {
			line = line.substring(1, line.length() - 1).replace("\"\"", "\"");
		}
		return line;
	}

	private static @Nullable Row asCsv(String line) {
		List<String> fields = Csv.parseLine(line);
		if (fields.size() < 7) {
			return null;
		}
		String source = fields.get(0).strip();
		String target = fields.get(3).strip();
		String relation = fields.get(6).strip();
		boolean sourceOk = source.isEmpty() || ESCO_URI.matcher(source).matches();
		boolean targetOk = target.isEmpty() || OTHER_URI.matcher(target).matches()
				|| ESCO_URI.matcher(target).matches();
		if (!sourceOk || !targetOk || !RELATION.matcher(relation).matches() || fields.get(1).contains("\"")
				|| fields.get(4).contains("\"")) {
			return null;
		}
		return new Row(source, fields.get(1).strip(), target, fields.get(4).strip(), relation);
	}

	private static @Nullable Row byPattern(String line) {
		Matcher source = ESCO_URI.matcher(line);
		Matcher relation = RELATION.matcher(line);
		if (!source.find() || !relation.find()) {
			return null;
		}
		String sourceLabel = "";
		int labelStart = source.end() + 1;
		if (labelStart < line.length()) {
			int comma = line.indexOf(',', labelStart);
			sourceLabel = line.substring(labelStart, (comma < 0) ? line.length() : comma).replace("\"", "").strip();
		}
		Matcher target = OTHER_URI.matcher(line);
		String targetUri = target.find(source.end()) ? target.group() : "";
		return new Row(source.group(), sourceLabel, targetUri, "", relation.group());
	}

	/**
	 * One mapping.
	 *
	 * @param sourceUri the ESCO URI (classification 1), empty for a national concept ESCO
	 * does not map
	 * @param sourceLabel its preferred label in the table's language
	 * @param targetUri the national concept's URI (classification 2), empty if none
	 * @param targetLabel its preferred label, empty if the line had to be repaired
	 * @param relation {@code skos:exactMatch}, {@code skos:closeMatch},
	 * {@code skos:broadMatch}, {@code skos:narrowMatch} or {@code no relation}
	 */
	public record Row(String sourceUri, String sourceLabel, String targetUri, String targetLabel, String relation) {

		/**
		 * The last path segment of the national URI: a STYRK code, a JobTech concept id,
		 * or {@code C2221} for an ISCO group.
		 * @return the local id, empty if there is no target
		 */
		public String targetId() {
			return lastSegment(this.targetUri);
		}

		/**
		 * Whether the table maps the two at all.
		 * @return false for {@code no relation} or a missing side
		 */
		public boolean isMapping() {
			return !this.sourceUri.isEmpty() && !this.targetUri.isEmpty() && this.relation.startsWith("skos:");
		}

		static String lastSegment(String uri) {
			int slash = uri.lastIndexOf('/');
			return (slash < 0) ? uri : uri.substring(slash + 1);
		}

	}

}
