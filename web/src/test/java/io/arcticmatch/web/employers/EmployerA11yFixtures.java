package io.arcticmatch.web.employers;

import java.util.Locale;
import java.util.UUID;

import io.arcticmatch.web.accounts.Account;
import io.arcticmatch.web.accounts.AccountService;
import io.arcticmatch.web.consent.Consents;
import io.arcticmatch.web.profiles.SeekerProfiles;

import org.springframework.context.ApplicationContext;

/**
 * An employer with an opening for the accessibility test of every page, which sits
 * outside this package.
 */
public final class EmployerA11yFixtures {

	/** The password of the employer's account. */
	public static final String PASSWORD = EmployerTestData.PASSWORD;

	private EmployerA11yFixtures() {
	}

	/**
	 * An approved employer with one opening, an open colleague invitation, and a
	 * consenting seeker who matches the opening and is invited to apply.
	 * @param context the application
	 * @return the employer's account, the opening and the invitation token
	 */
	public static Hiring hiring(ApplicationContext context) {
		EmployerTestData data = new EmployerTestData(context.getBean(AccountService.class),
				context.getBean(Employers.class), context.getBean(SeekerProfiles.class),
				context.getBean(Consents.class));
		EmployerTestData.Member member = data.approved();
		UUID opening = context.getBean(Openings.class)
			.post(member.account(), EmployerTestData.welder(UUID.randomUUID().toString().substring(0, 6)))
			.id();
		Account candidate = data.seeker("Sami Svetsare", true);
		context.getBean(Candidates.class)
			.invite(member.account(), opening, candidate.id().value(), "Welcome to Kiruna", Locale.ENGLISH);
		String token = context.getBean(Employers.class)
			.inviteColleague(member.account(), "colleague-" + UUID.randomUUID() + "@employers.test", Locale.ENGLISH);
		return new Hiring(member.account(), opening, token, candidate);
	}

	/**
	 * @param context the application
	 * @return the account of an approved employer with nothing yet
	 */
	public static Account newEmployer(ApplicationContext context) {
		return new EmployerTestData(context.getBean(AccountService.class), context.getBean(Employers.class),
				context.getBean(SeekerProfiles.class), context.getBean(Consents.class))
			.approved()
			.account();
	}

	/**
	 * @param employer the employer's account
	 * @param opening its opening
	 * @param invitationToken a colleague's invitation
	 * @param candidate a seeker who consents to be shown to employers
	 */
	public record Hiring(Account employer, UUID opening, String invitationToken, Account candidate) {

	}

}
