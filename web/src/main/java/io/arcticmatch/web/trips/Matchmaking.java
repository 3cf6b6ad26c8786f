package io.arcticmatch.web.trips;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import io.arcticmatch.matcher.matching.MatchScore;
import io.arcticmatch.matcher.matching.PostingScorer;
import io.arcticmatch.matcher.posting.JobPosting;
import io.arcticmatch.web.accounts.AccountId;
import io.arcticmatch.web.consent.ConsentPurpose;
import io.arcticmatch.web.consent.Consents;
import io.arcticmatch.web.profiles.SeekerProfiles;
import io.arcticmatch.web.profiles.StoredProfile;
import org.jspecify.annotations.Nullable;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What a host employer sees of a trip's participants and the meetings they book. Only
 * seated participants whose consent to employers holds are shown or can be booked; a
 * meeting slot lies on a grid of {@code arctic.trips.slot-length} from the trip's start
 * within the trip, and the database's unique keys refuse a second booking of a slot for
 * the same employer or the same participant.
 */
@Service
class Matchmaking {

	private final JdbcClient jdbc;

	private final TripSignups signups;

	private final Consents consents;

	private final SeekerProfiles profiles;

	private final PostingScorer scorer;

	private final ObjectProvider<HostOpenings> openings;

	private final TripSettings settings;

	private final Clock clock;

	Matchmaking(JdbcClient jdbc, TripSignups signups, Consents consents, SeekerProfiles profiles, PostingScorer scorer,
			ObjectProvider<HostOpenings> openings, TripSettings settings, Clock clock) {
		this.jdbc = jdbc;
		this.signups = signups;
		this.consents = consents;
		this.profiles = profiles;
		this.scorer = scorer;
		this.openings = openings;
		this.settings = settings;
		this.clock = clock;
	}

	/**
	 * A participant as a host sees them.
	 *
	 * @param person who
	 * @param profile their profile, if they made one
	 * @param score their best match to the host's openings; {@code null} when there is
	 * nothing to score against
	 */
	record Candidate(Person person, @Nullable StoredProfile profile, @Nullable MatchScore score) {

	}

	/**
	 * One booked meeting.
	 */
	record Slot(long id, UUID trip, Person employer, Person seeker, Instant startsAt, int minutes) {

	}

	/**
	 * @return the seated participants who consented to employers, best match first
	 */
	List<Candidate> candidates(Trip trip, AccountId employer) {
		List<Person> people = consentingSeated(trip.id());
		Map<AccountId, StoredProfile> stored = this.profiles.findAll(people.stream().map(Person::id).toList())
			.stream()
			.collect(Collectors.toMap(StoredProfile::seeker, Function.identity()));
		HostOpenings source = this.openings.getIfAvailable();
		List<JobPosting> postings = (source != null) ? source.openingsOf(employer) : List.of();
		return people.stream().map((person) -> {
			StoredProfile profile = stored.get(person.id());
			MatchScore best = (profile != null) ? postings.stream()
				.map((posting) -> this.scorer.score(profile.profile(), posting))
				.max(Comparator.naturalOrder())
				.orElse(null) : null;
			return new Candidate(person, profile, best);
		})
			.sorted(Comparator
				.comparingDouble((Candidate candidate) -> (candidate.score() != null) ? -candidate.score().value() : 0)
				.thenComparing((candidate) -> candidate.person().displayName()))
			.toList();
	}

	/**
	 * Books a meeting between a host and a participant.
	 * @throws TripRefusal when the time is outside the trip or off the grid, the
	 * participant cannot be met, or the slot is taken
	 */
	@Transactional
	long book(Trip trip, AccountId employer, AccountId seeker, Instant startsAt) {
		Duration length = this.settings.slotLength();
		Duration fromStart = Duration.between(trip.details().startsAt(), startsAt);
		if (fromStart.isNegative() || startsAt.plus(length).isAfter(trip.details().endsAt())) {
			throw new TripRefusal("trips.error.slotOutsideTrip");
		}
		if (fromStart.toSeconds() % length.toSeconds() != 0) {
			throw new TripRefusal("trips.error.slotOffGrid");
		}
		if (consentingSeated(trip.id()).stream().noneMatch((person) -> person.id().equals(seeker))) {
			throw new TripRefusal("trips.error.notAParticipant");
		}
		try {
			return this.jdbc.sql("""
					insert into trips_meeting_slot (trip_id, employer_id, seeker_id, starts_at, minutes, booked_at)
					values (:trip, :employer, :seeker, :startsAt, :minutes, :now) returning id
					""")
				.param("trip", trip.id())
				.param("employer", employer.value())
				.param("seeker", seeker.value())
				.param("startsAt", Trips.utc(startsAt))
				.param("minutes", (int) length.toMinutes())
				.param("now", Trips.utc(this.clock.instant()))
				.query(Long.class)
				.single();
		}
		catch (DuplicateKeyException ex) {
			throw new TripRefusal("trips.error.slotTaken");
		}
	}

	@Transactional
	void cancel(UUID trip, AccountId employer, long slot) {
		this.jdbc.sql("delete from trips_meeting_slot where id = :slot and trip_id = :trip and employer_id = :employer")
			.param("slot", slot)
			.param("trip", trip)
			.param("employer", employer.value())
			.update();
	}

	List<Slot> ofEmployer(UUID trip, AccountId employer) {
		return slots("s.trip_id = :trip and s.employer_id = :account", trip, employer);
	}

	List<Slot> ofSeeker(UUID trip, AccountId seeker) {
		return slots("s.trip_id = :trip and s.seeker_id = :account", trip, seeker);
	}

	List<Slot> allOfSeeker(AccountId seeker) {
		return this.jdbc.sql(SLOTS + " where s.seeker_id = :account order by s.starts_at")
			.param("account", seeker.value())
			.query(Matchmaking::toSlot)
			.list();
	}

	List<Slot> allOfEmployer(AccountId employer) {
		return this.jdbc.sql(SLOTS + " where s.employer_id = :account order by s.starts_at")
			.param("account", employer.value())
			.query(Matchmaking::toSlot)
			.list();
	}

	void erase(AccountId account) {
		this.jdbc.sql("delete from trips_meeting_slot where seeker_id = :account or employer_id = :account")
			.param("account", account.value())
			.update();
	}

	private static final String SLOTS = """
			select s.id, s.trip_id, s.starts_at, s.minutes,
				e.id as e_id, e.email as e_email, e.display_name as e_name,
				p.id as p_id, p.email as p_email, p.display_name as p_name
			from trips_meeting_slot s join account e on e.id = s.employer_id join account p on p.id = s.seeker_id
			""";

	private List<Slot> slots(String where, UUID trip, AccountId account) {
		return this.jdbc.sql(SLOTS + " where " + where + " order by s.starts_at")
			.param("trip", trip)
			.param("account", account.value())
			.query(Matchmaking::toSlot)
			.list();
	}

	private List<Person> consentingSeated(UUID trip) {
		return this.signups.of(trip)
			.stream()
			.filter(Signup::seated)
			.map(Signup::seeker)
			.filter((person) -> this.consents.isGiven(person.id(), ConsentPurpose.EMPLOYERS))
			.toList();
	}

	Optional<Person> candidate(UUID trip, AccountId seeker) {
		return consentingSeated(trip).stream().filter((person) -> person.id().equals(seeker)).findFirst();
	}

	private static Slot toSlot(java.sql.ResultSet row, int n) throws java.sql.SQLException {
		return new Slot(row.getLong("id"), row.getObject("trip_id", UUID.class),
				new Person(new AccountId(row.getObject("e_id", UUID.class)), row.getString("e_email"),
						row.getString("e_name")),
				new Person(new AccountId(row.getObject("p_id", UUID.class)), row.getString("p_email"),
						row.getString("p_name")),
				Trips.instant(row, "starts_at"), row.getInt("minutes"));
	}

}
