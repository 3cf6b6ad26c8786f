package io.arcticmatch.web.feeds;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import io.arcticmatch.ingest.intake.Checkpoints;
import io.arcticmatch.ingest.intake.Checkpoints.SourceCheckpoint;
import io.arcticmatch.ingest.intake.RawPostingStore;
import io.arcticmatch.ingest.intake.RejectedPostings;
import io.arcticmatch.ingest.intake.SourceCounts;
import io.arcticmatch.ingest.source.http.FeedStatus;
import io.arcticmatch.ingest.source.http.FeedStatuses;
import io.arcticmatch.web.paging.Paging;
import org.jspecify.annotations.Nullable;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * {@code /admin/feeds}: every posting source's sync state and the rejected postings,
 * newest first, a page at a time. Administrators only (see the route rules in accounts).
 */
@Controller
class FeedsAdminController {

	private static final int REJECTIONS_PER_PAGE = 50;

	private final RawPostingStore rawPostings;

	private final Checkpoints checkpoints;

	private final RejectedPostings rejected;

	private final FeedStatuses runs;

	FeedsAdminController(RawPostingStore rawPostings, Checkpoints checkpoints, RejectedPostings rejected,
			FeedStatuses runs) {
		this.rawPostings = rawPostings;
		this.checkpoints = checkpoints;
		this.rejected = rejected;
		this.runs = runs;
	}

	/** A rejected posting as the page shows it, its time in UTC. */
	public record RejectionRow(OffsetDateTime rejectedAt, String source, String sourceId, String reason) {

	}

	@GetMapping("/admin/feeds")
	String feeds(@RequestParam(name = "page", required = false) @Nullable String page, Model model) {
		Map<String, SourceCounts> counts = this.rawPostings.countsPerSource()
			.stream()
			.collect(Collectors.toMap(SourceCounts::source, Function.identity()));
		Map<String, SourceCheckpoint> synced = this.checkpoints.all()
			.stream()
			.collect(Collectors.toMap(SourceCheckpoint::source, Function.identity()));
		Map<String, FeedStatus> fetched = this.runs.all();
		Map<String, SourceStatus> sources = new TreeMap<>();
		Stream.of(counts.keySet(), synced.keySet(), fetched.keySet())
			.flatMap(Set::stream)
			.forEach((source) -> sources.put(source,
					new SourceStatus(source, counts.get(source), synced.get(source), fetched.get(source))));
		model.addAttribute("sources", List.copyOf(sources.values()));
		Paging paging = Paging.of(page, REJECTIONS_PER_PAGE, this.rejected.count());
		model.addAttribute("rejectionPages", paging);
		model.addAttribute("rejections",
				this.rejected.newest(paging.offset(), paging.size())
					.stream()
					.map((rejection) -> new RejectionRow(rejection.rejectedAt().atOffset(ZoneOffset.UTC),
							rejection.source(), rejection.sourceId(), rejection.reason()))
					.toList());
		return "feeds/admin";
	}

}
