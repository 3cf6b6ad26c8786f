package io.arcticmatch.web.employers;

import java.time.Clock;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.UUID;

import io.arcticmatch.web.accounts.AccountId;
import io.arcticmatch.web.accounts.AccountService;

import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Closes openings whose deadline passed and reminds their employers some days before.
 * Tests call {@link #runDue(Instant)} with the time they need.
 */
@Component
public class OpeningExpiry {

	private final Openings openings;

	private final Employers employers;

	private final AccountService accounts;

	private final EmployerMails mails;

	private final EmployersSettings settings;

	private final Clock clock;

	OpeningExpiry(Openings openings, Employers employers, AccountService accounts, EmployerMails mails,
			EmployersSettings settings, Clock clock) {
		this.openings = openings;
		this.employers = employers;
		this.accounts = accounts;
		this.mails = mails;
		this.settings = settings;
		this.clock = clock;
	}

	@Scheduled(fixedDelayString = "${arctic.employers.expiry-interval:1h}",
			initialDelayString = "${arctic.employers.expiry-interval:1h}")
	void run() {
		runDue(this.clock.instant());
	}

	/**
	 * Sends the reminders due and expires the openings due at {@code now}.
	 * @param now the time it is
	 * @return what was done
	 */
	public Run runDue(Instant now) {
		List<Opening> reminded = this.openings.remindable(now, now.plus(this.settings.reminderBefore()));
		reminded.forEach(this::remind);
		List<Opening> expired = this.openings.expire(now);
		return new Run(reminded.stream().map(Opening::id).toList(), expired.stream().map(Opening::id).toList());
	}

	private void remind(Opening opening) {
		Employer employer = this.employers.find(opening.employer()).orElseThrow();
		String deadline = DateTimeFormatter.ofPattern("d MMMM uuuu", employer.locale())
			.format(opening.details().deadline());
		// the one who posted it, or everybody in the organisation when that user is gone
		List<String> to = this.openings.postedBy(opening.id())
			.flatMap((by) -> this.accounts.find(new AccountId(by)))
			.map((account) -> List.of(account.email()))
			.orElseGet(() -> this.employers.members(employer.id()).stream().map((member) -> member.email()).toList());
		to.forEach((address) -> this.mails.send(address, employer.locale(), "employers.mail.reminder",
				opening.details().title(), deadline, this.mails.link("/employer/openings/" + opening.id() + "/edit")));
	}

	/**
	 * What one run did.
	 *
	 * @param reminded the openings whose employers were reminded
	 * @param expired the openings closed because their deadline passed
	 */
	public record Run(List<UUID> reminded, List<UUID> expired) {

	}

}
