package io.arcticmatch.web.feeds;

import java.time.Instant;
import java.util.List;

import io.arcticmatch.ingest.intake.Checkpoint;
import io.arcticmatch.ingest.intake.Intake;
import io.arcticmatch.ingest.source.Conversion;
import io.arcticmatch.ingest.source.RawPosting;
import io.arcticmatch.ingest.source.SourceFormat;
import io.arcticmatch.ingest.source.http.FeedFailure;
import io.arcticmatch.ingest.source.http.FeedStatuses;
import io.arcticmatch.web.WebAppTest;
import io.arcticmatch.web.accounts.Role;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

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
