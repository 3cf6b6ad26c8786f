package io.arcticmatch.web.border;

import java.time.LocalDate;
import java.util.Map;
import java.util.Set;

import io.arcticmatch.matcher.concepts.place.Country;

/**
 * One piece of border guidance in all its languages, as stored and as in the data file.
 *
 * @param id stable identifier, e.g. {@code no-right-to-work-eu}
 * @param topic what it is about
 * @param country the country of work it is for
 * @param groups the citizenship groups it applies to
 * @param situation commuters, movers or both
 * @param from the home countries it is for; empty for any
 * @param source the official page it rests on (https)
 * @param lastChecked when someone last checked it against the source
 * @param text the title and body per language tag (nb, sv, fi, en)
 */
public record GuidanceItem(String id, Topic topic, Country country, Set<CitizenshipGroup> groups, Situation situation,
		Set<Country> from, String source, LocalDate lastChecked, Map<String, GuidanceText> text) {

	public GuidanceItem {
		groups = Set.copyOf(groups);
		from = Set.copyOf(from);
		text = Map.copyOf(text);
	}

	/**
	 * The selection rule: for this country of work, this group, this situation and from
	 * this home country. Unknown parts of the situation match every item.
	 * @param jobCountry where the job is
	 * @param move what is known about the move
	 * @return whether the item belongs on the move's checklist
	 */
	boolean appliesTo(Country jobCountry, MoveSituation move) {
		return this.country == jobCountry && (move.group() == null || this.groups.contains(move.group()))
				&& this.situation.covers(move.situation())
				&& (move.home() == null || this.from.isEmpty() || this.from.contains(move.home()));
	}

}
