package io.arcticmatch.web.coaching;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import io.arcticmatch.matcher.concepts.place.Country;
import io.arcticmatch.web.WebAppTest;
import io.arcticmatch.web.accounts.Account;
import io.arcticmatch.web.accounts.AccountId;
import io.arcticmatch.web.accounts.AccountService;
import io.arcticmatch.web.accounts.Role;
import io.arcticmatch.web.consent.ConsentPurpose;
import io.arcticmatch.web.consent.Consents;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * The coaching service on the real database: who reaches which group, members, sessions,
 * outcomes and the indicators counted from them.
 */
@WebAppTest
class CoachingServiceTest {

	@Autowired
	private CoachingService coaching;

	@Autowired
	private AccountService accounts;

	@Autowired
	private Consents consents;

	@Autowired
	private JdbcClient jdbc;

	private CoachingFixtures fixtures;

	@BeforeEach
	void fixtures() {
		this.fixtures = new CoachingFixtures(this.accounts);
	}

	@Test
	void aCoachReachesOnlyTheirOwnGroupsAndAnAdministratorReachesAll() {
		Account anna = this.fixtures.account(Role.COACH, "Anna");
		Account bjorn = this.fixtures.account(Role.COACH, "Bjorn");
		Account admin = this.fixtures.account(Role.ADMIN, "Admin");
		GroupId annas = this.coaching.create(anna, CoachingFixtures.details("Tornedalen spring"));

		assertThat(this.coaching.groupsFor(anna)).extracting((summary) -> summary.group().id()).containsExactly(annas);
		assertThat(this.coaching.groupsFor(bjorn)).isEmpty();
		assertThat(this.coaching.groupsFor(admin)).extracting((summary) -> summary.group().id()).contains(annas);
		assertThatExceptionOfType(GroupNotFound.class).isThrownBy(() -> this.coaching.group(bjorn, annas));
		assertThatExceptionOfType(GroupNotFound.class).isThrownBy(() -> this.coaching.members(bjorn, annas));
		assertThat(this.coaching.group(admin, annas).name()).isEqualTo("Tornedalen spring");
		assertThat(this.coaching.group(anna, annas).targetCountries()).containsExactly(Country.NO, Country.SE);
	}

	@Test
	void handingOverMovesTheGroupAndTheLastCoachStays() {
		Account anna = this.fixtures.account(Role.COACH, "Anna");
		Account bjorn = this.fixtures.account(Role.COACH, "Bjorn");
		Account seeker = this.fixtures.account(Role.SEEKER, "Sami");
		GroupId group = this.coaching.create(anna, CoachingFixtures.details("Handover"));

		assertThat(this.coaching.handOver(anna, group, seeker.email())).isEqualTo(CoachChange.NO_SUCH_COACH);
		assertThat(this.coaching.handOver(anna, group, bjorn.email().toUpperCase(Locale.ROOT)))
			.isEqualTo(CoachChange.DONE);

		assertThatExceptionOfType(GroupNotFound.class).isThrownBy(() -> this.coaching.group(anna, group));
		assertThat(this.coaching.coaches(bjorn, group)).extracting(Coach::account).containsExactly(bjorn.id());
		assertThat(this.coaching.removeCoach(bjorn, group, bjorn.id())).isEqualTo(CoachChange.LAST_COACH);
	}

	@Test
	void anExistingSeekerIsAddedByEmailOnlyOnce() {
		Account coach = this.fixtures.account(Role.COACH, "Coach");
		Account seeker = this.fixtures.account(Role.SEEKER, "Sanna");
		Account employer = this.fixtures.account(Role.EMPLOYER, "Employer");
		GroupId group = this.coaching.create(coach, CoachingFixtures.details("Members"));

		assertThat(this.coaching.addMember(coach, group, " " + seeker.email() + " ")).isEqualTo(MemberAdded.ADDED);
		assertThat(this.coaching.addMember(coach, group, seeker.email())).isEqualTo(MemberAdded.ALREADY_MEMBER);
		assertThat(this.coaching.addMember(coach, group, employer.email())).isEqualTo(MemberAdded.NO_SUCH_SEEKER);
		assertThat(this.coaching.addMember(coach, group, "nobody@coaching.example"))
			.isEqualTo(MemberAdded.NO_SUCH_SEEKER);
		assertThat(this.coaching.members(coach, group)).extracting(Member::seeker).containsExactly(seeker.id());
		assertThat(this.coaching.groupsOfMember(seeker)).extracting(CoachingGroup::id).containsExactly(group);
	}

	@Test
	void theProfileIsInTheMemberFileOnlyWithConsentForCoaches() {
		Account coach = this.fixtures.account(Role.COACH, "Coach");
		Account seeker = this.fixtures.account(Role.SEEKER, "Sanna");
		GroupId group = this.coaching.create(coach, CoachingFixtures.details("Consent"));
		this.coaching.addMember(coach, group, seeker.email());

		assertThat(this.coaching.memberFile(coach, group, seeker.id()).sharesProfile()).isFalse();
		this.consents.give(seeker.id(), ConsentPurpose.COACHES);
		assertThat(this.coaching.memberFile(coach, group, seeker.id()).sharesProfile()).isTrue();
		this.consents.withdraw(seeker.id(), ConsentPurpose.COACHES);
		MemberFile file = this.coaching.memberFile(coach, group, seeker.id());
		assertThat(file.sharesProfile()).isFalse();
		assertThat(file.profile()).isNull();
		assertThat(file.matches()).isEmpty();
	}

	@Test
	void aStrangerOrAnotherGroupsMemberIsNoMemberOfThisGroup() {
		Account coach = this.fixtures.account(Role.COACH, "Coach");
		Account other = this.fixtures.account(Role.COACH, "Other");
		Account seeker = this.fixtures.account(Role.SEEKER, "Sanna");
		GroupId mine = this.coaching.create(coach, CoachingFixtures.details("Mine"));
		GroupId theirs = this.coaching.create(other, CoachingFixtures.details("Theirs"));
		this.coaching.addMember(other, theirs, seeker.email());

		assertThatExceptionOfType(GroupNotFound.class)
			.isThrownBy(() -> this.coaching.memberFile(coach, mine, seeker.id()));
		assertThatExceptionOfType(GroupNotFound.class)
			.isThrownBy(() -> this.coaching.addNote(coach, mine, seeker.id(), "nosy"));
		assertThatExceptionOfType(GroupNotFound.class).isThrownBy(() -> this.coaching.memberView(seeker, mine));
		assertThatExceptionOfType(GroupNotFound.class).isThrownBy(() -> this.coaching.addOwnOutcome(seeker, mine,
				new OutcomeEntry(OutcomeKind.HIRE, "X", Country.NO, LocalDate.of(2026, 2, 1))));
	}

	@Test
	void attendanceRateIsPresentOfAllMarksOfHeldSessions() {
		Account coach = this.fixtures.account(Role.COACH, "Coach");
		GroupId group = this.coaching.create(coach, CoachingFixtures.details("Attendance"));
		Account[] seekers = { this.fixtures.account(Role.SEEKER, "A"), this.fixtures.account(Role.SEEKER, "B"),
				this.fixtures.account(Role.SEEKER, "C"), this.fixtures.account(Role.SEEKER, "D") };
		for (Account seeker : seekers) {
			this.coaching.addMember(coach, group, seeker.email());
		}
		UUID held = this.coaching.planSession(coach, group, LocalDateTime.of(2026, 1, 14, 10, 0), "Haparanda", "",
				"CV in Norwegian");
		this.coaching.planSession(coach, group, LocalDateTime.of(2099, 1, 14, 10, 0), "", "https://meet.example/x",
				"Later");
		Map<AccountId, AttendanceStatus> marks = new HashMap<>();
		marks.put(seekers[0].id(), AttendanceStatus.PRESENT);
		marks.put(seekers[1].id(), AttendanceStatus.PRESENT);
		marks.put(seekers[2].id(), AttendanceStatus.PRESENT);
		marks.put(seekers[3].id(), AttendanceStatus.EXCUSED);
		this.coaching.recordAttendance(coach, group, held, marks);
		marks.put(seekers[3].id(), AttendanceStatus.ABSENT);
		this.coaching.recordAttendance(coach, group, held, marks);

		Indicators indicators = this.coaching.indicators(coach, group);

		assertThat(indicators.participants()).isEqualTo(4);
		assertThat(indicators.sessionsHeld()).isEqualTo(1);
		assertThat(indicators.sessionsPlanned()).isEqualTo(1);
		assertThat(indicators.attendance()).isEqualTo(new Attendance(3, 1, 0));
		assertThat(indicators.attendance().ratePercent()).isEqualTo(75);
	}

	@Test
	void csvTotalsEqualTheOutcomeLog() {
		Account coach = this.fixtures.account(Role.COACH, "Coach");
		Account sanna = this.fixtures.account(Role.SEEKER, "Sanna");
		Account matti = this.fixtures.account(Role.SEEKER, "Matti");
		GroupId group = this.coaching.create(coach, CoachingFixtures.details("Funding; \"report\""));
		this.coaching.addMember(coach, group, sanna.email());
		this.coaching.addMember(coach, group, matti.email());
		this.coaching.addOutcome(coach, group, sanna.id(),
				new OutcomeEntry(OutcomeKind.APPLICATION, "Kiruna Gruv", Country.SE, LocalDate.of(2026, 1, 10)));
		this.coaching.addOutcome(coach, group, sanna.id(),
				new OutcomeEntry(OutcomeKind.INTERVIEW, "Kiruna Gruv", Country.SE, LocalDate.of(2026, 2, 3)));
		this.coaching.addOutcome(coach, group, sanna.id(),
				new OutcomeEntry(OutcomeKind.JOB_OFFER, "Kiruna Gruv", Country.SE, LocalDate.of(2026, 2, 20)));
		this.coaching.addOwnOutcome(matti, group,
				new OutcomeEntry(OutcomeKind.APPLICATION, "Tromsø kommune", Country.NO, LocalDate.of(2026, 1, 12)));
		this.coaching.addOwnOutcome(matti, group,
				new OutcomeEntry(OutcomeKind.APPLICATION, "Oulu Oy", Country.FI, LocalDate.of(2026, 8, 1)));
		this.coaching.addOutcome(coach, group, matti.id(),
				new OutcomeEntry(OutcomeKind.HIRE, "Tromsø kommune", Country.NO, LocalDate.of(2026, 3, 1)));

		byte[] bytes = this.coaching.indicatorsCsv(coach, group, Locale.ENGLISH);

		assertThat(Arrays.copyOf(bytes, 3)).containsExactly(0xEF, 0xBB, 0xBF);
		String text = new String(bytes, 3, bytes.length - 3, StandardCharsets.UTF_8);
		assertThat(text).contains("\r\n").startsWith("Group;Period;Country;Participants");
		List<List<String>> rows = CsvReader.read(text, ';');
		assertThat(rows.get(1)).startsWith("Funding; \"report\"", "total", "all", "2");
		Map<String, int[]> byPeriodAndCountry = new HashMap<>();
		for (List<String> row : rows.subList(1, rows.size())) {
			byPeriodAndCountry.put(row.get(1) + "/" + row.get(2), new int[] { Integer.parseInt(row.get(10)),
					Integer.parseInt(row.get(11)), Integer.parseInt(row.get(12)), Integer.parseInt(row.get(13)) });
		}
		int[] log = { 3, 1, 1, 1 };
		assertThat(byPeriodAndCountry.get("total/all")).containsExactly(log);
		assertThat(sum(byPeriodAndCountry, (key) -> key.startsWith("total/") && !key.endsWith("/all")))
			.containsExactly(log);
		assertThat(sum(byPeriodAndCountry, (key) -> !key.startsWith("total/") && key.endsWith("/all")))
			.containsExactly(log);
		assertThat(sum(byPeriodAndCountry, (key) -> !key.startsWith("total/") && !key.endsWith("/all")))
			.containsExactly(log);
		assertThat(byPeriodAndCountry.get("total/SE")).containsExactly(1, 1, 1, 0);
		assertThat(byPeriodAndCountry.get("2026-08/FI")).containsExactly(1, 0, 0, 0);
		assertThat(byPeriodAndCountry).containsKeys("2026-04/all", "2026-06/all");
	}

	@Test
	void deletingAMembersAccountErasesTheirCoachingDataAndNotesAboutThem() {
		Account coach = this.fixtures.account(Role.COACH, "Coach");
		Account seeker = this.fixtures.account(Role.SEEKER, "Sanna");
		GroupId group = this.coaching.create(coach, CoachingFixtures.details("Erase"));
		this.coaching.addMember(coach, group, seeker.email());
		this.coaching.addGoal(coach, group, seeker.id(), "Norwegian B1", LocalDate.of(2026, 5, 1));
		this.coaching.addNote(coach, group, seeker.id(), "Needs help with the CV");
		this.coaching.addOwnOutcome(seeker, group,
				new OutcomeEntry(OutcomeKind.APPLICATION, "Narvik Havn", Country.NO, LocalDate.of(2026, 2, 1)));
		UUID session = this.coaching.planSession(coach, group, LocalDateTime.of(2026, 1, 20, 9, 0), "Tornio", "",
				"Start");
		this.coaching.recordAttendance(coach, group, session, Map.of(seeker.id(), AttendanceStatus.PRESENT));

		Map<String, Object> export = this.accounts.export(seeker.id());
		assertThat(export).containsKey("coaching");
		@SuppressWarnings("unchecked")
		Map<String, List<?>> section = (Map<String, List<?>>) export.get("coaching");
		assertThat(section.get("memberships")).hasSize(1);
		assertThat(section.get("goals")).hasSize(1);
		assertThat(section.get("outcomes")).hasSize(1);
		assertThat(section.get("attendance")).hasSize(1);
		assertThat(section.get("followUpNotes")).hasSize(1);

		this.accounts.delete(seeker.id());

		for (String table : List.of("coaching_member", "coaching_goal", "coaching_note", "coaching_outcome",
				"coaching_attendance")) {
			assertThat(this.jdbc.sql("select count(*) from " + table + " where seeker_id = :id")
				.param("id", seeker.id().value())
				.query(Integer.class)
				.single()).as(table).isZero();
		}
		assertThat(this.coaching.indicators(coach, group).participants()).isZero();
		assertThat(this.coaching.notes(coach, group)).isEmpty();
	}

	private static int[] sum(Map<String, int[]> rows, java.util.function.Predicate<String> which) {
		int[] sum = new int[4];
		rows.forEach((key, counts) -> {
			if (which.test(key)) {
				for (int i = 0; i < 4; i++) {
					sum[i] += counts[i];
				}
			}
		});
		return sum;
	}

}
