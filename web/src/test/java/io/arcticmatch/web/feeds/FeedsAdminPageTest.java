package io.arcticmatch.web.feeds;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.stream.IntStream;

import io.arcticmatch.ingest.intake.Checkpoint;
import io.arcticmatch.ingest.intake.Intake;
import io.arcticmatch.ingest.intake.RejectedPostings;
import io.arcticmatch.ingest.intake.RejectedPostings.Rejection;
import io.arcticmatch.ingest.source.Conversion;
import io.arcticmatch.ingest.source.RawPosting;
import io.arcticmatch.ingest.source.SourceFormat;
import io.arcticmatch.ingest.source.http.FeedFailure;
import io.arcticmatch.ingest.source.http.FeedStatuses;
import io.arcticmatch.web.WebAppTest;
import io.arcticmatch.web.accounts.Role;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@WebAppTest
class FeedsAdminPageTest {

	@Autowired
	private MockMvc mvc;

	@Autowired
	private Intake intake;

	@Autowired
	private FeedStatuses runs;

	@Autowired
	private RejectedPostings rejected;

	@Test
	void administratorsSeeEachSourceAndEveryRejectionWithItsReason() throws Exception {
		RawPosting broken = RawPosting.of(SourceFormat.JOBTECH_AD, "feeds-page-1",
				"{\"id\": \"feeds-page-1\", \"headline\": 42}", Instant.parse("2026-11-24T10:00:00Z"));
		this.intake.accept("jobtech", List.of(broken),
				List.of(new Conversion.Rejected("$[3]", "$[3] should hold one ad object but is the text \"x\"")),
				new Checkpoint("2026-11-24T10:00:00", null, null));

		this.mvc
			.perform(get("/admin/feeds").header("Accept-Language", "en").with(user("admin").roles(Role.ADMIN.name())))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("<th scope=\"row\">jobtech</th>")))
			.andExpect(content().string(containsString("should hold one ad object")));
	}

	@Test
	void rejectionsArePagedNewestFirstAndEachShowsOnExactlyOnePage() throws Exception {
		String source = "paging-" + UUID.randomUUID().toString().substring(0, 8);
		int recorded = 120;
		// older than any other test's rejections, so they take the last pages
		Instant oldest = Instant.parse("2020-01-01T00:00:00Z");
		for (int i = 0; i < recorded; i++) {
			this.rejected.record(new Rejection(null, source, "ad-" + i, "broken " + i, oldest.plusSeconds(60L * i)));
		}

		List<String> seen = new ArrayList<>();
		int pages = (int) Math.ceilDiv(this.rejected.count(), 50);
		for (int page = 1; page <= pages; page++) {
			Document html = adminPage("/admin/feeds?page=" + page);
			html.select("td")
				.stream()
				.filter((cell) -> cell.text().startsWith("ad-") && cell.previousElementSibling() != null
						&& source.equals(cell.previousElementSibling().text()))
				.forEach((cell) -> seen.add(cell.text()));
			assertThat(html.select("nav.pager").text()).contains("Page " + page + " of " + pages);
		}

		List<String> newestFirst = IntStream.range(0, recorded).mapToObj((i) -> "ad-" + (recorded - 1 - i)).toList();
		assertThat(seen).containsExactlyElementsOf(newestFirst);
		assertThat(adminPage("/admin/feeds?page=nonsense").select("nav.pager").text()).contains("Page 1 of " + pages);
		assertThat(adminPage("/admin/feeds?page=100000").select("nav.pager a[rel=prev]").attr("href"))
			.isEqualTo("/admin/feeds?page=" + (pages - 1));
	}

	private Document adminPage(String path) throws Exception {
		String html = this.mvc
			.perform(get(path).header("Accept-Language", "en").with(user("admin").roles(Role.ADMIN.name())))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		return Jsoup.parse(html);
	}

	@Test
	void aFailingLiveFeedShowsWhenAndWhyItLastFailed() throws Exception {
		this.runs.failed("nav", Instant.parse("2026-11-24T11:00:00Z"), FeedFailure.Kind.UNREACHABLE,
				"the feed at https://pam-stilling-feed.nav.no does not answer; check the network");

		this.mvc
			.perform(get("/admin/feeds").header("Accept-Language", "en").with(user("admin").roles(Role.ADMIN.name())))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString(
					"2026-11-24 11:00:00 UTC, 1 in a row: the feed at https://pam-stilling-feed.nav.no does not answer")));
	}

	@Test
	void theFeedsPageIsForAdministratorsOnly() throws Exception {
		this.mvc.perform(get("/admin/feeds")).andExpect(redirectedUrl("/login"));
		for (Role role : new Role[] { Role.SEEKER, Role.COACH, Role.EMPLOYER }) {
			this.mvc.perform(get("/admin/feeds").with(user("someone").roles(role.name())))
				.andExpect(status().isForbidden());
		}
	}

}
