package io.arcticmatch.matcher.concepts.core;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * Where the concept data files are read from: the classpath folder {@code concepts/} by
 * default.
 */
@FunctionalInterface
public interface ConceptData {

	/**
	 * Opens a data file.
	 * @param name its path below the data folder, e.g. {@code upstream/isco08_groups.csv}
	 * @return the file as UTF-8 text
	 * @throws UncheckedIOException if it cannot be read
	 */
	Reader open(String name);

	/**
	 * Reads a whole file as text.
	 * @param name its path below the data folder
	 * @return the text
	 */
	default String text(String name) {
		try (Reader reader = open(name)) {
			return Csv.readAll(reader);
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot read concept data " + name, ex);
		}
	}

	/**
	 * Reads a CSV file whose first row is the header.
	 * @param name its path below the data folder
	 * @return the table
	 */
	default CsvTable table(String name) {
		return CsvTable.withHeader(rows(name));
	}

	/**
	 * Reads all rows of a CSV file.
	 * @param name its path below the data folder
	 * @return the rows
	 */
	default List<List<String>> rows(String name) {
		return Csv.parse(text(name));
	}

	/**
	 * The data shipped in this jar, below the classpath folder {@code concepts/}.
	 * @return the data source
	 */
	static ConceptData classpath() {
		ClassLoader loader = ConceptData.class.getClassLoader();
		return (name) -> {
			InputStream in = loader.getResourceAsStream("concepts/" + name);
			if (in == null) {
				throw new UncheckedIOException(
						new IOException("No concept data concepts/" + name + " on the classpath"));
			}
			return new InputStreamReader(in, StandardCharsets.UTF_8);
		};
	}

}
