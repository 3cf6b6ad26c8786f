package io.arcticmatch.ingest.cli;

import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import io.arcticmatch.ingest.normalise.Normaliser;
import io.arcticmatch.ingest.normalise.Preparation;
import io.arcticmatch.ingest.source.Conversion;
import io.arcticmatch.ingest.source.PostingConverters;
import io.arcticmatch.matcher.concepts.Concepts;
import io.arcticmatch.matcher.posting.PostingIndex;

import org.springframework.boot.Banner;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * {@code import-feed-files FILE_OR_FOLDER...}: imports NAV, JobTech and TE feed files
 * into the configured posting index (the embedded Lucene index by default, the same the
 * application uses; stop the application first, the index takes one writer). Prints
 * {@code FILE: read N, indexed N, rejected N} per file and one line per rejection. Exits
 * with 1 only when a file could not be read at all, 2 when called wrongly.
 */
@SpringBootConfiguration
@EnableAutoConfiguration(excludeName = { "org.springframework.boot.jdbc.autoconfigure.DataSourceAutoConfiguration",
		"org.springframework.boot.flyway.autoconfigure.FlywayAutoConfiguration" })
public class ImportFeedFiles {

	/** A progress line and a store per 5,000 ads of a large file. */
	private static final int ADS_PER_CHUNK = 5_000;

	public static void main(String[] args) {
		PrintStream out = new PrintStream(new FileOutputStream(FileDescriptor.out), true, StandardCharsets.UTF_8);
		List<String> paths = Stream.of(args).filter((arg) -> !arg.startsWith("--")).toList();
		if (paths.isEmpty()) {
			out.println("usage: import-feed-files FILE_OR_FOLDER... [--arctic.index.lucene.path=DIR | "
					+ "--arctic.index.type=elasticsearch --spring.elasticsearch.uris=URL]");
			System.exit(2);
		}
		SpringApplication application = new SpringApplication(ImportFeedFiles.class);
		application.setWebApplicationType(WebApplicationType.NONE);
		application.setBannerMode(Banner.Mode.OFF);
		application.setDefaultProperties(Map.of("spring.config.name", "arctic-import"));
		int exitCode;
		try (ConfigurableApplicationContext context = application.run(args)) {
			Preparation preparation = new Preparation(PostingConverters.standard(),
					new Normaliser(context.getBean(Concepts.class)));
			FeedFileImport importer = new FeedFileImport(preparation, context.getBean(PostingIndex.class),
					Clock.systemUTC(), ADS_PER_CHUNK);
			exitCode = run(importer, paths.stream().map(Path::of).toList(), out);
		}
		System.exit(exitCode);
	}

	/**
	 * @param importer imports one file
	 * @param paths files and folders (whose files are imported in name order)
	 * @param out where the report goes
	 * @return 0, or 1 when some file could not be read
	 */
	static int run(FeedFileImport importer, List<Path> paths, PrintStream out) {
		List<Path> files = files(paths, out);
		long start = System.nanoTime();
		RunTally tally = new RunTally(files.size(), out);
		importer.importFiles(files,
				(inFile, done, total) -> out.println("  %s: %d of %d ads".formatted(inFile, done, total)), tally);
		long seconds = TimeUnit.NANOSECONDS.toSeconds(System.nanoTime() - start);
		out.println("%d files in %d s: read %d, indexed %d, rejected %d".formatted(files.size(), seconds, tally.read,
				tally.indexed, tally.rejected));
		return tally.unreadable ? 1 : 0;
	}

	private static List<Path> files(List<Path> paths, PrintStream out) {
		return paths.stream().flatMap((path) -> {
			if (!Files.isDirectory(path)) {
				return Stream.of(path);
			}
			try (Stream<Path> inFolder = Files.walk(path)) {
				return inFolder.filter(Files::isRegularFile).sorted().toList().stream();
			}
			catch (IOException ex) {
				out.println("%s: cannot be listed: %s".formatted(path, ex.getMessage()));
				return Stream.of(path);
			}
		}).toList();
	}

	/**
	 * Prints each file's outcome as it comes and adds up the run's totals.
	 */
	private static final class RunTally implements FeedFileImport.FileOutcomes {

		private final int files;

		private final PrintStream out;

		private int done;

		private int read;

		private int indexed;

		private int rejected;

		private boolean unreadable;

		RunTally(int files, PrintStream out) {
			this.files = files;
			this.out = out;
		}

		@Override
		public void imported(FileReport report) {
			this.out.println("[%d/%d] %s".formatted(++this.done, this.files, report.summary()));
			for (Conversion.Rejected rejection : report.rejected()) {
				this.out.println("  rejected %s: %s".formatted(rejection.sourceId(), rejection.reason()));
			}
			this.read += report.read();
			this.indexed += report.indexed();
			this.rejected += report.rejected().size();
		}

		@Override
		public void unreadable(Path file, IOException problem) {
			this.done++;
			this.out.println("%s: cannot be read: %s".formatted(file, problem.getMessage()));
			this.unreadable = true;
		}

	}

}
