package io.arcticmatch.web.coaching;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;

import io.arcticmatch.matcher.concepts.place.Country;

/**
 * A group's programme indicators, the numbers a funding report asks for: participants,
 * sessions held, attendance, and the outcome log counted by kind, in total, by country
 * and by month.
 *
 * @param participants members of the group
 * @param sessionsHeld sessions that have started by now
 * @param sessionsPlanned sessions still to come
 * @param attendance attendance marks of members at all sessions
 * @param outcomes the whole outcome log counted
 * @param byCountry the outcome log by country (every covered country, zero included)
 * @param byMonth one row per month of the group's period and per other month with data,
 * oldest first
 */
public record Indicators(int participants, int sessionsHeld, int sessionsPlanned, Attendance attendance,
		Counts outcomes, Map<Country, Counts> byCountry, List<Month> byMonth) {

	/**
	 * One month's numbers.
	 *
	 * @param month the month
	 * @param participants members who had joined by the month's end
	 * @param sessionsHeld sessions held in the month
	 * @param attendance marks at the month's sessions
	 * @param outcomes the month's outcomes
	 * @param byCountry the month's outcomes by country
	 */
	public record Month(YearMonth month, int participants, int sessionsHeld, Attendance attendance, Counts outcomes,
			Map<Country, Counts> byCountry) {

	}

	static Indicators of(CoachingGroup group, List<Member> members, List<Session> sessions,
			List<CoachingStore.AttendanceMark> marks, List<Outcome> outcomes, LocalDateTime now,
			java.time.ZoneId zone) {
		TreeSet<YearMonth> months = new TreeSet<>();
		for (YearMonth month = YearMonth.from(group.startsOn()); !month
			.isAfter(YearMonth.from(group.endsOn())); month = month.plusMonths(1)) {
			months.add(month);
		}
		int held = 0;
		Map<YearMonth, Integer> heldByMonth = new TreeMap<>();
		for (Session session : sessions) {
			if (!session.startsAt().isAfter(now)) {
				held++;
				YearMonth month = YearMonth.from(session.startsAt());
				heldByMonth.merge(month, 1, Integer::sum);
				months.add(month);
			}
		}
		Attendance attendance = Attendance.NONE;
		Map<YearMonth, Attendance> attendanceByMonth = new TreeMap<>();
		for (CoachingStore.AttendanceMark mark : marks) {
			attendance = attendance.plus(mark.status());
			YearMonth month = YearMonth.from(mark.startsAt());
			attendanceByMonth.merge(month, Attendance.NONE.plus(mark.status()), (a, b) -> a.plus(mark.status()));
			months.add(month);
		}
		Counts total = Counts.ZERO;
		Map<Country, Counts> byCountry = perCountry();
		Map<YearMonth, Counts> outcomesByMonth = new TreeMap<>();
		Map<YearMonth, Map<Country, Counts>> byMonthAndCountry = new TreeMap<>();
		for (Outcome outcome : outcomes) {
			total = total.plus(outcome.kind());
			byCountry.merge(outcome.country(), Counts.ZERO, (counts, zero) -> counts.plus(outcome.kind()));
			YearMonth month = YearMonth.from(outcome.occurredOn());
			months.add(month);
			outcomesByMonth.merge(month, Counts.ZERO.plus(outcome.kind()),
					(counts, one) -> counts.plus(outcome.kind()));
			byMonthAndCountry.computeIfAbsent(month, (m) -> perCountry())
				.merge(outcome.country(), Counts.ZERO, (counts, zero) -> counts.plus(outcome.kind()));
		}
		List<Month> byMonth = months.stream().map((month) -> {
			LocalDate end = month.atEndOfMonth();
			int participants = (int) members.stream()
				.filter((member) -> !member.joinedAt().atZone(zone).toLocalDate().isAfter(end))
				.count();
			return new Month(month, participants, heldByMonth.getOrDefault(month, 0),
					attendanceByMonth.getOrDefault(month, Attendance.NONE),
					outcomesByMonth.getOrDefault(month, Counts.ZERO),
					byMonthAndCountry.getOrDefault(month, perCountry()));
		}).toList();
		return new Indicators(members.size(), held, sessions.size() - held, attendance, total, byCountry, byMonth);
	}

	private static Map<Country, Counts> perCountry() {
		Map<Country, Counts> counts = new EnumMap<>(Country.class);
		for (Country country : Country.values()) {
			counts.put(country, Counts.ZERO);
		}
		return counts;
	}

}
