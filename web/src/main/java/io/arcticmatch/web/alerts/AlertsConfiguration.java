package io.arcticmatch.web.alerts;

import java.time.Clock;

import io.arcticmatch.matcher.posting.PostingIndex;
import io.arcticmatch.web.accounts.AccountService;
import io.arcticmatch.web.mail.Mailer;
import io.arcticmatch.web.mail.PublicAddress;
import io.arcticmatch.web.search.ConceptLabels;
import io.arcticmatch.web.search.SearchParameterReader;

import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The alert job: it looks for due alerts every {@code arctic.alerts.run-interval}.
 */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
class AlertsConfiguration {

	@Bean
	AlertMails alertMails(MessageSource messages, ConceptLabels labels, PublicAddress address) {
		return new AlertMails(messages, labels, address);
	}

	@Bean
	AlertRunner alertRunner(SavedSearches searches, SearchParameterReader reader, PostingIndex index,
			AccountService accounts, AlertMails mails, Mailer mailer, PlatformTransactionManager transactions,
			AlertSettings settings) {
		return new AlertRunner(searches, reader, index, accounts, mails, mailer, new TransactionTemplate(transactions),
				settings.maxPostingsPerMail());
	}

	@Bean
	@ConditionalOnProperty(name = "arctic.alerts.enabled", havingValue = "true", matchIfMissing = true)
	AlertSchedule alertSchedule(AlertRunner runner, Clock clock) {
		return new AlertSchedule(runner, clock);
	}

	/**
	 * Runs the due alerts at the application clock's time; waits one interval after the
	 * start, so that a starting application first settles.
	 */
	static class AlertSchedule {

		private final AlertRunner runner;

		private final Clock clock;

		AlertSchedule(AlertRunner runner, Clock clock) {
			this.runner = runner;
			this.clock = clock;
		}

		@Scheduled(fixedDelayString = "${arctic.alerts.run-interval:15m}",
				initialDelayString = "${arctic.alerts.run-interval:15m}")
		void runDue() {
			this.runner.runDue(this.clock.instant());
		}

	}

}
