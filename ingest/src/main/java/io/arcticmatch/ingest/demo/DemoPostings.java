package io.arcticmatch.ingest.demo;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import io.arcticmatch.ingest.intake.Checkpoint;
import io.arcticmatch.ingest.intake.Checkpoints;
import io.arcticmatch.ingest.intake.Intake;
import io.arcticmatch.ingest.intake.Intake.IntakeReceipt;
import io.arcticmatch.ingest.source.PageSplit;
import io.arcticmatch.ingest.source.RawPosting;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Takes the bundled sample postings ({@link DemoFiles}) in through the normal
 * {@link Intake} once, at the first start with {@code arctic.ingest.demo.enabled=true},
 * so that a new installation shows vacancies in Norway, Sweden and Finland without
 * internet. The raw postings keep their feed's source ({@code nav}, {@code jobtech},
 * {@code tyomarkkinatori}), so they convert, normalise and get ids like fetched ones; the
 * loading itself is recorded as the checkpoint of the source {@value #SOURCE}. Once that
 * checkpoint says {@value #LOADED}, restarts load nothing; a load cut short is simply
 * repeated (intake keeps a payload once). Deleting the checkpoint loads them again.
 */
@Component
@EnableConfigurationProperties(DemoSettings.class)
public class DemoPostings {

	/** The source whose checkpoint records the loading. */
	public static final String SOURCE = "demo";

	/** The checkpoint position once every file was taken in. */
	public static final String LOADED = "loaded";

	private static final Logger log = LoggerFactory.getLogger(DemoPostings.class);

	private static final Map<String, String> COUNTRY = Map.of("nav", "NO", "jobtech", "SE", "tyomarkkinatori", "FI");

	private final Intake intake;

	private final Checkpoints checkpoints;

	private final DemoSettings settings;

	private final Clock clock;

	DemoPostings(Intake intake, Checkpoints checkpoints, DemoSettings settings, Clock clock) {
		this.intake = intake;
		this.checkpoints = checkpoints;
		this.settings = settings;
		this.clock = clock;
	}

	/**
	 * Loads the sample postings on a thread of its own once the application is ready,
	 * when enabled; start-up does not wait for it.
	 */
	@EventListener(ApplicationReadyEvent.class)
	public void loadInBackground() {
		if (!this.settings.enabled()) {
			log.debug("Sample postings are off (arctic.ingest.demo.enabled=false)");
			return;
		}
		Thread.ofPlatform().name("demo-postings").daemon(true).start(() -> {
			try {
				load();
			}
			catch (RuntimeException ex) {
				log.warn("The sample postings could not be loaded; the next start tries again: {}", ex.getMessage(),
						ex);
			}
		});
	}

	/**
	 * Takes every demo file in, unless that was done before.
	 * @return what was taken in
	 */
	public synchronized Report load() {
		if (LOADED.equals(this.checkpoints.of(SOURCE).position())) {
			log.debug("Sample postings were loaded before; nothing to do");
			return new Report(false, Map.of(), List.of());
		}
		Instant now = this.clock.instant();
		Map<String, IntakeReceipt> bySource = new LinkedHashMap<>();
		List<String> unreadable = new ArrayList<>();
		for (DemoFiles.DemoFile file : DemoFiles.read(now)) {
			switch (file.split()) {
				case PageSplit.Split<RawPosting> split -> {
					IntakeReceipt receipt = this.intake.accept(SOURCE, split.items(), split.rejected(),
							new Checkpoint("loading " + file.name(), null, null));
					bySource.merge(file.format().source(), receipt,
							(a, b) -> new IntakeReceipt(a.fetched() + b.fetched(), a.added() + b.added()));
				}
				case PageSplit.Malformed<RawPosting> malformed -> {
					log.warn("Sample file demo/{} cannot be read and is skipped: {}", file.name(), malformed.reason());
					unreadable.add(file.name());
				}
			}
		}
		this.intake.accept(SOURCE, List.of(), new Checkpoint(LOADED, null, null));
		log.info("Sample postings (demo data, not real vacancies) taken in: {}",
				bySource.entrySet()
					.stream()
					.map((entry) -> "%s %d (%d new)".formatted(COUNTRY.getOrDefault(entry.getKey(), entry.getKey()),
							entry.getValue().fetched(), entry.getValue().added()))
					.collect(Collectors.joining(", ")));
		return new Report(true, bySource, unreadable);
	}

	/**
	 * What one {@link #load()} did.
	 *
	 * @param loaded false when the postings had been loaded before and nothing was done
	 * @param bySource per posting source, the raw postings taken in and how many were new
	 * @param unreadable demo files that could not be read
	 */
	public record Report(boolean loaded, Map<String, IntakeReceipt> bySource, List<String> unreadable) {

		public Report {
			bySource = Map.copyOf(bySource);
			unreadable = List.copyOf(unreadable);
		}

	}

}
