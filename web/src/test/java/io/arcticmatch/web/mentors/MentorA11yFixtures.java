package io.arcticmatch.web.mentors;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import io.arcticmatch.web.accounts.Account;

import org.springframework.context.ApplicationContext;

/**
 * Mentoring data for the accessibility test of every page, which sits outside this
 * package.
 */
public final class MentorA11yFixtures {

	private MentorA11yFixtures() {
	}

	/**
	 * Makes an approved mentor, a pair of that mentor and a mentee, an open request of
	 * another mentee, and an upcoming event.
	 * @param context the application
	 * @param coordinator a coach
	 * @return the pair and the open request
	 */
	public static Mentoring mentoring(ApplicationContext context, Account coordinator, Account mentor, Account mentee,
			Account waitingMentee) {
		MentorProgramme programme = context.getBean(MentorProgramme.class);
		programme.offer(mentor.id(),
				new Values.MentorOffer(List.of("isco08:2221"), Set.of("sv", "en"), "Kiruna", 2, "Nurse for 20 years"));
		programme.decide(coordinator.id(), mentor.id(), true);
		UUID pair = programme.confirmPair(coordinator.id(), programme.request(mentee.id(), "Nursing in Sweden"),
				mentor.id());
		UUID open = programme.request(waitingMentee.id(), "Someone in Tromsø");
		context.getBean(MentorEvents.class)
			.create(coordinator.id(), new Values.NewEvent(EventKind.GATHERING, "Newcomers' evening", "Food and talk",
					"Kiruna library", OffsetDateTime.now(ZoneOffset.UTC).plusDays(14), 20));
		return new Mentoring(pair, open);
	}

	/**
	 * @param pair a confirmed pair
	 * @param openRequest a request waiting for a mentor
	 */
	public record Mentoring(UUID pair, UUID openRequest) {

	}

}
