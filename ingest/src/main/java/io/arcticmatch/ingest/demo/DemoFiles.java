package io.arcticmatch.ingest.demo;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import io.arcticmatch.ingest.source.PageSplit;
import io.arcticmatch.ingest.source.RawPosting;
import io.arcticmatch.ingest.source.SourceFormat;
import io.arcticmatch.ingest.source.jobtech.JobTechPages;
import io.arcticmatch.ingest.source.parse.Fields;
import io.arcticmatch.ingest.source.parse.Pages;
import io.arcticmatch.ingest.source.tyomarkkinatori.TeTptPages;
import tools.jackson.databind.JsonNode;

/**
 * The bundled demo files, {@code demo/} on the class path, listed in {@value #INDEX},
 * each cut into raw postings by its own feed's page splitter. Which splitter reads a file
 * is told by the start of its name: {@code nav-} a JSON list of pam-stilling-feed
 * entries, {@code jobtech-} a JobTech answer, {@code te-tpt-} a TE tpt-api Solr answer.
 */
public final class DemoFiles {

	/**
	 * The list of demo files, one path under {@code demo/} per line; # starts a comment.
	 */
	public static final String INDEX = "demo/index.txt";

	private DemoFiles() {
	}

	/**
	 * One demo file, split.
	 *
	 * @param name its path under {@code demo/}
	 * @param format the format of its postings
	 * @param split its raw postings, or why it could not be read
	 */
	public record DemoFile(String name, SourceFormat format, PageSplit<RawPosting> split) {

		public DemoFile {
			Objects.requireNonNull(name, "name");
			Objects.requireNonNull(format, "format");
			Objects.requireNonNull(split, "split");
		}

	}

	/**
	 * @param fetchedAt the fetch time the raw postings get
	 * @return every listed file, in the order of the list
	 * @throws UncheckedIOException when the list or a listed file is missing
	 */
	public static List<DemoFile> read(Instant fetchedAt) {
		List<DemoFile> files = new ArrayList<>();
		for (String line : resource(INDEX).split("\n")) {
			String name = line.strip();
			if (!name.isEmpty() && !name.startsWith("#")) {
				files.add(split(name, resource("demo/" + name), fetchedAt));
			}
		}
		return files;
	}

	/**
	 * @param name a demo file's path under {@code demo/}
	 * @param text its text
	 * @param fetchedAt the fetch time the raw postings get
	 * @return the file split by the splitter its name calls for
	 */
	static DemoFile split(String name, String text, Instant fetchedAt) {
		String file = name.substring(name.lastIndexOf('/') + 1);
		if (file.startsWith("nav-")) {
			return new DemoFile(name, SourceFormat.NAV_FEED_ENTRY, navFeedEntries(text, fetchedAt));
		}
		if (file.startsWith("jobtech-")) {
			return new DemoFile(name, SourceFormat.JOBTECH_AD, JobTechPages.split(text, fetchedAt));
		}
		if (file.startsWith("te-tpt-")) {
			return new DemoFile(name, SourceFormat.TE_TPT_DOC, TeTptPages.split(text, fetchedAt));
		}
		throw new IllegalArgumentException(
				"Demo file %s: its name should start with nav-, jobtech- or te-tpt- to tell its format"
					.formatted(name));
	}

	/**
	 * A JSON list of pam-stilling-feed entries ({@code GET /api/v1/feedentry/{uuid}}
	 * answers), as a fetcher that followed a feed page would have collected them.
	 */
	static PageSplit<RawPosting> navFeedEntries(String text, Instant fetchedAt) {
		Pages.PageOrProblem parsed = Pages.parse(text);
		JsonNode tree = parsed.tree();
		if (tree == null) {
			return new PageSplit.Malformed<>(String.valueOf(parsed.problem()));
		}
		if (!tree.isArray()) {
			return new PageSplit.Malformed<>(
					"a file of NAV feed entries should be a list but is %s".formatted(Fields.describe(tree)));
		}
		return Pages.split(tree, "$", (entry) -> entry, "uuid", SourceFormat.NAV_FEED_ENTRY, fetchedAt, null);
	}

	private static String resource(String path) {
		try (InputStream in = DemoFiles.class.getClassLoader().getResourceAsStream(path)) {
			if (in == null) {
				throw new UncheckedIOException(new IOException("No resource " + path + " on the class path"));
			}
			return new String(in.readAllBytes(), StandardCharsets.UTF_8);
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot read " + path, ex);
		}
	}

}
