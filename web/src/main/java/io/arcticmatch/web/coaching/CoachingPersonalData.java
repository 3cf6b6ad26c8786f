package io.arcticmatch.web.coaching;

import java.util.Map;

import io.arcticmatch.web.accounts.AccountId;
import io.arcticmatch.web.accounts.PersonalData;
import org.jspecify.annotations.Nullable;

import org.springframework.stereotype.Component;

/**
 * A person's part of coaching groups in "export my data" and "delete my account". Works
 * on the store directly: the account service depends on every {@link PersonalData}, so
 * this bean cannot depend on it in turn.
 */
@Component
class CoachingPersonalData implements PersonalData {

	private final CoachingStore store;

	CoachingPersonalData(CoachingStore store) {
		this.store = store;
	}

	@Override
	public String section() {
		return "coaching";
	}

	@Override
	public @Nullable Object export(AccountId account) {
		return keepsAnythingAbout(account) ? exportOf(account) : null;
	}

	/**
	 * A member's memberships, attendance, goals and outcomes, for "export my data".
	 */
	private Map<String, Object> exportOf(AccountId seeker) {
		Map<String, Object> export = new java.util.LinkedHashMap<>();
		export.put("memberships", this.store.groupsOfMember(seeker)
			.stream()
			.map((group) -> Map.of("group", group.name(), "startsOn", group.startsOn(), "endsOn", group.endsOn()))
			.toList());
		export.put("attendance",
				this.store.attendanceOf(seeker)
					.stream()
					.map((mark) -> Map.of("session", mark.startsAt(), "status", mark.status()))
					.toList());
		export.put("goals", this.store.goalsOf(seeker).stream().map((goal) -> {
			Map<String, Object> entry = new java.util.LinkedHashMap<>();
			entry.put("title", goal.title());
			if (goal.dueOn() != null) {
				entry.put("dueOn", goal.dueOn());
			}
			entry.put("status", goal.status());
			return entry;
		}).toList());
		export.put("outcomes",
				this.store.outcomesOf(seeker)
					.stream()
					.map((outcome) -> Map.of("kind", outcome.kind(), "employer", outcome.employer(), "country",
							outcome.country(), "occurredOn", outcome.occurredOn()))
					.toList());
		// the right of access covers what coaches wrote about the member; the coach's
		// name is the coach's personal data and stays out
		export.put("followUpNotes",
				this.store.notesAbout(seeker)
					.stream()
					.map((note) -> Map.of("text", note.text(), "writtenAt", note.createdAt()))
					.toList());
		export.put("groupsCoached", this.store.groupsCoachedBy(seeker).stream().map(CoachingGroup::name).toList());
		return export;
	}

	private boolean keepsAnythingAbout(AccountId account) {
		return !this.store.groupsOfMember(account).isEmpty() || !this.store.groupsCoachedBy(account).isEmpty();
	}

	@Override
	public void erase(AccountId account) {
		this.store.erase(account);
	}

}
