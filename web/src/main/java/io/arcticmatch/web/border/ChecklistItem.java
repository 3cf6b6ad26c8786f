package io.arcticmatch.web.border;

import java.net.URI;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import io.arcticmatch.matcher.concepts.place.Country;

/**
 * A guidance item in one language, ready to show.
 *
 * @param id the item's identifier
 * @param topic what it is about
 * @param country the country of work
 * @param groups the citizenship groups it applies to
 * @param situation commuters, movers or both
 * @param title heading in the reader's language
 * @param body text in the reader's language
 * @param source the official page it rests on
 * @param lastChecked when it was last checked against the source
 */
public record ChecklistItem(String id, Topic topic, Country country, Set<CitizenshipGroup> groups, Situation situation,
		String title, String body, String source, LocalDate lastChecked) {

	/**
	 * @return whether the item is for one or two citizenship groups rather than everyone
	 */
	public boolean forSomeGroups() {
		return this.groups.size() < CitizenshipGroup.values().length;
	}

	/**
	 * @return the citizenship groups in their natural order, for showing
	 */
	public List<CitizenshipGroup> groupList() {
		return this.groups.stream().sorted().toList();
	}

	/**
	 * @return the source's host without {@code www.}, as the link's text
	 */
	public String sourceHost() {
		String host = URI.create(this.source).getHost();
		if (host == null) {
			return this.source;
		}
		return host.startsWith("www.") ? host.substring(4) : host;
	}

}
