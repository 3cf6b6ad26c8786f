package io.arcticmatch.web.events;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import javax.sql.DataSource;

import io.arcticmatch.web.WebAppTest;
import io.arcticmatch.web.database.ScratchSchema;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The migration to the shared sign-up tables keeps what trips and the mentor programme
 * held: run on a schema of its own up to the version before, filled, then migrated.
 */
@WebAppTest
class EventsMigrationTest {

	@Autowired
	private DataSource dataSource;

	@Test
	void tripAndMentoringSignUpsMoveOverWithTheirSeatsAndWaitingOrder() throws Exception {
		try (ScratchSchema schema = new ScratchSchema(this.dataSource, "events_migration", "202611250800")) {
			JdbcClient jdbc = schema.jdbc();
			UUID anna = schema.account("anna");
			UUID bo = schema.account("bo");
			UUID cai = schema.account("cai");
			UUID trip = UUID.randomUUID();
			jdbc.sql("""
					insert into trips_trip (id, title, destination_place_id, starts_at, ends_at, time_zone, seats,
						signup_opens_at, signup_closes_at, eligibility, language, created_at)
					values (:id, 'Kiruna', 'place:SE:2584', now() + interval '10 days', now() + interval '11 days',
						'Europe/Stockholm', 1, now() - interval '1 day', now() + interval '9 days', 'ANYONE_SIGNED_IN',
						'sv', now())
					""").param("id", trip).update();
			jdbc.sql("""
					insert into trips_signup (trip_id, seeker_id, status, needs, signed_up_at, seated_at, attendance)
					values (:trip, :anna, 'SEATED', 'vegetarian', now(), now(), 'PRESENT'),
						(:trip, :bo, 'WAITING', '', now(), null, null)
					""").param("trip", trip).param("anna", anna).param("bo", bo).update();
			UUID event = UUID.randomUUID();
			jdbc.sql(
					"""
							insert into mentors_event (id, kind, title, description, place, starts_at, capacity, created_at)
							values (:id, 'SEMINAR', 'Tax across the border', '', 'Haparanda', now() + interval '3 days', 1, now())
							""")
				.param("id", event)
				.update();
			jdbc.sql("""
					insert into mentors_event_signup (event_id, account_id, status, signed_up_at)
					values (:event, :cai, 'CONFIRMED', now()), (:event, :bo, 'WAITING', now()),
						(:event, :anna, 'WAITING', now())
					""").param("event", event).param("cai", cai).param("bo", bo).param("anna", anna).update();

			schema.migrateTo("latest");

			assertThat(jdbc.sql("select id, owner, capacity from events_event order by owner").query().listOfRows())
				.containsExactly(Map.of("id", event, "owner", "mentors", "capacity", 1),
						Map.of("id", trip, "owner", "trips", "capacity", 1));
			assertThat(signups(jdbc, trip)).containsExactly(List.of(anna, "SEATED", "vegetarian", "PRESENT"),
					List.of(bo, "WAITING", "", ""));
			assertThat(signups(jdbc, event)).containsExactly(List.of(cai, "SEATED", "", ""),
					List.of(bo, "WAITING", "", ""), List.of(anna, "WAITING", "", ""));
			assertThat(jdbc.sql("select title from mentors_event where id = :id")
				.param("id", event)
				.query(String.class)
				.single()).isEqualTo("Tax across the border");
			long last = jdbc.sql("select max(arrival) from events_signup").query(Long.class).single();
			UUID dan = schema.account("dan");
			jdbc.sql(
					"""
							insert into events_signup (event_id, account_id, status, signed_up_at) values (:trip, :dan, 'WAITING', now())
							""")
				.param("trip", trip)
				.param("dan", dan)
				.update();
			assertThat(jdbc.sql("select arrival from events_signup where account_id = :dan")
				.param("dan", dan)
				.query(Long.class)
				.single()).isGreaterThan(last);
		}
	}

	/**
	 * @return person, status, needs and attendance of each sign-up, in arrival order
	 */
	private static List<List<Object>> signups(JdbcClient jdbc, UUID event) {
		return jdbc.sql("""
				select account_id, status, needs, coalesce(attendance, '') as attendance from events_signup
				where event_id = :event order by arrival
				""")
			.param("event", event)
			.query((row, n) -> List.<Object>of(row.getObject("account_id", UUID.class), row.getString("status"),
					row.getString("needs"), row.getString("attendance")))
			.list();
	}

}
