package io.arcticmatch.web.mentors;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import io.arcticmatch.web.accounts.AccountId;
import org.jspecify.annotations.Nullable;

/**
 * The programme's values.
 */
final class Values {

	/** Event times and meeting dates are the region's. */
	static final ZoneId REGION = ZoneId.of("Europe/Oslo");

	private Values() {
	}

	/** What a mentor offers. */
	record MentorOffer(List<String> occupations, Set<String> languages, String placeName, int hoursPerMonth,
			String about) {

		MentorOffer {
			occupations = List.copyOf(occupations);
			languages = Set.copyOf(languages);
		}

	}

	/** A registered mentor. */
	record Mentor(AccountId account, String displayName, List<String> occupations, Set<String> languages,
			@Nullable String placeId, String placeName, int hoursPerMonth, String about, MentorStatus status) {

		Mentor {
			occupations = List.copyOf(occupations);
			languages = Set.copyOf(languages);
		}

		public List<String> languageList() {
			return this.languages.stream().sorted().toList();
		}

	}

	/** A mentee's request for a mentor. */
	record MentorRequest(UUID id, AccountId mentee, String menteeName, String wishes, String status,
			Instant createdAt) {

		public OffsetDateTime createdAtUtc() {
			return this.createdAt.atOffset(ZoneOffset.UTC);
		}

	}

	/** A mentor and a mentee. */
	record Pair(UUID id, UUID requestId, AccountId mentor, String mentorName, AccountId mentee, String menteeName,
			PairStatus status, String goals, Instant confirmedAt, @Nullable Instant acceptedAt,
			@Nullable Instant endedAt, @Nullable String endReason, int meetings) {

		boolean hasMember(AccountId account) {
			return this.mentor.equals(account) || this.mentee.equals(account);
		}

		public OffsetDateTime confirmedAtUtc() {
			return this.confirmedAt.atOffset(ZoneOffset.UTC);
		}

	}

	/** A logged meeting. */
	record Meeting(LocalDate metOn, String note, @Nullable String loggedBy) {

	}

	/** Why a mentor is proposed: a message key and its arguments. */
	record MentorReason(String messageKey, List<Object> args) {

		MentorReason {
			args = List.copyOf(args);
		}

		public Object arg(int index) {
			return (index < this.args.size()) ? this.args.get(index) : "";
		}

	}

	/** A proposed mentor for a request, best first. */
	record MentorProposal(Mentor mentor, int score, List<MentorReason> reasons) {

		MentorProposal {
			reasons = List.copyOf(reasons);
		}

	}

	/** A programme event with its sign-up counts. */
	record MentorEvent(UUID id, EventKind kind, String title, String description, String place, ZonedDateTime startsAt,
			int capacity, int seated, int waiting) {

		public int placesLeft() {
			return Math.max(0, this.capacity - this.seated);
		}

	}

	/** A new event as a coordinator describes it. */
	record NewEvent(EventKind kind, String title, String description, String place, OffsetDateTime startsAt,
			int capacity) {

	}

}
