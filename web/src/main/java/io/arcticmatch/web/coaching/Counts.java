package io.arcticmatch.web.coaching;

import java.util.EnumMap;
import java.util.Map;

/**
 * Outcomes counted by kind.
 *
 * @param applications applications sent
 * @param interviews interviews
 * @param jobOffers job offers
 * @param hires hires
 */
public record Counts(int applications, int interviews, int jobOffers, int hires) {

	static final Counts ZERO = new Counts(0, 0, 0, 0);

	Counts plus(OutcomeKind kind) {
		return switch (kind) {
			case APPLICATION -> new Counts(this.applications + 1, this.interviews, this.jobOffers, this.hires);
			case INTERVIEW -> new Counts(this.applications, this.interviews + 1, this.jobOffers, this.hires);
			case JOB_OFFER -> new Counts(this.applications, this.interviews, this.jobOffers + 1, this.hires);
			case HIRE -> new Counts(this.applications, this.interviews, this.jobOffers, this.hires + 1);
		};
	}

	public int of(OutcomeKind kind) {
		return switch (kind) {
			case APPLICATION -> this.applications;
			case INTERVIEW -> this.interviews;
			case JOB_OFFER -> this.jobOffers;
			case HIRE -> this.hires;
		};
	}

	public int total() {
		return this.applications + this.interviews + this.jobOffers + this.hires;
	}

	Map<OutcomeKind, Integer> asMap() {
		Map<OutcomeKind, Integer> map = new EnumMap<>(OutcomeKind.class);
		for (OutcomeKind kind : OutcomeKind.values()) {
			map.put(kind, of(kind));
		}
		return map;
	}

}
