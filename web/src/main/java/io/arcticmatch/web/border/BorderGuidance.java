package io.arcticmatch.web.border;

import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

import io.arcticmatch.matcher.concepts.place.Country;
import io.arcticmatch.matcher.matching.Mobility;
import io.arcticmatch.matcher.matching.SeekerProfile;
import io.arcticmatch.web.accounts.AccountId;
import io.arcticmatch.web.i18n.SupportedLanguage;
import io.arcticmatch.web.profiles.SeekerProfiles;
import io.arcticmatch.web.profiles.StoredProfile;
import org.jspecify.annotations.Nullable;

import org.springframework.stereotype.Service;

/**
 * Chooses the border guidance for a move: the checklist for a job in one country, for a
 * seeker from another, by citizenship group and by whether they commute or move. Include
 * the result on a page with {@code templates/border/checklist.html :: checklist(items)}.
 */
@Service
public class BorderGuidance {

	private final GuidanceCatalogue catalogue;

	private final SeekerSituations situations;

	private final SeekerProfiles profiles;

	BorderGuidance(GuidanceCatalogue catalogue, SeekerSituations situations, SeekerProfiles profiles) {
		this.catalogue = catalogue;
		this.situations = situations;
		this.profiles = profiles;
	}

	/**
	 * The checklist for a move.
	 * @param jobCountry where the job is
	 * @param move what is known about the seeker; unknown parts show the items for all
	 * @param locale the reader's language
	 * @return the items in topic order; empty when the job is in the seeker's home
	 * country
	 */
	public List<ChecklistItem> forJob(Country jobCountry, MoveSituation move, Locale locale) {
		if (move.home() == jobCountry) {
			return List.of();
		}
		String language = SupportedLanguage.closestTo(locale).tag();
		return this.catalogue.all()
			.stream()
			.filter((item) -> item.appliesTo(jobCountry, move))
			.sorted(Comparator.comparing(GuidanceItem::topic))
			.map((item) -> localized(item, language))
			.toList();
	}

	/**
	 * The checklist for a move described by a seeker profile and what the profile does
	 * not hold.
	 * @param jobCountry where the job is
	 * @param profile the seeker's profile (its mobility decides commuter or mover), or
	 * null
	 * @param home the seeker's home country, or null when unknown
	 * @param group the seeker's citizenship group, or null when unknown
	 * @param locale the reader's language
	 * @return the items; empty when the job is in the seeker's home country
	 */
	public List<ChecklistItem> forJob(Country jobCountry, @Nullable SeekerProfile profile, @Nullable Country home,
			@Nullable CitizenshipGroup group, Locale locale) {
		return forJob(jobCountry, new MoveSituation(home, group, situationFor(profile, jobCountry)), locale);
	}

	/**
	 * The checklist for a signed-in seeker, from what they told us and their profile; for
	 * anyone else (null) every item of the job's country.
	 * @param jobCountry where the job is
	 * @param seeker the seeker, or null for a visitor or another role
	 * @param locale the reader's language
	 * @return the items
	 */
	public List<ChecklistItem> forSeeker(Country jobCountry, @Nullable AccountId seeker, Locale locale) {
		return forJob(jobCountry, situationOf(seeker, jobCountry), locale);
	}

	/**
	 * @param seeker the seeker, or null
	 * @param jobCountry where the job is
	 * @return what is known about the seeker's move to that country
	 */
	public MoveSituation situationOf(@Nullable AccountId seeker, Country jobCountry) {
		if (seeker == null) {
			return MoveSituation.UNKNOWN;
		}
		SeekerSituation told = this.situations.find(seeker);
		SeekerProfile profile = this.profiles.find(seeker).map(StoredProfile::profile).orElse(null);
		return new MoveSituation(told.home(), told.group(), situationFor(profile, jobCountry));
	}

	/**
	 * Commuter or mover, from the profile's mobility for the job's country: willing to
	 * relocate means mover, otherwise commuter.
	 * @return the situation, or null when the profile says nothing about that country
	 */
	static @Nullable Situation situationFor(@Nullable SeekerProfile profile, Country jobCountry) {
		Mobility mobility = (profile != null) ? profile.mobility().get(jobCountry) : null;
		if (mobility == null) {
			return null;
		}
		return mobility.willingToRelocate() ? Situation.MOVER : Situation.COMMUTER;
	}

	/**
	 * Everything about working in one country, for its 'living and working in' page.
	 * @param country the country
	 * @param locale the reader's language
	 * @return the items per topic, in topic order
	 */
	public Map<Topic, List<ChecklistItem>> forCountry(Country country, Locale locale) {
		String language = SupportedLanguage.closestTo(locale).tag();
		return this.catalogue.all()
			.stream()
			.filter((item) -> item.country() == country)
			.map((item) -> localized(item, language))
			.collect(
					Collectors.groupingBy(ChecklistItem::topic, () -> new EnumMap<>(Topic.class), Collectors.toList()));
	}

	private static ChecklistItem localized(GuidanceItem item, String language) {
		GuidanceText text = item.text().getOrDefault(language, item.text().get("en"));
		if (text == null) {
			text = new GuidanceText(item.id(), "");
		}
		return new ChecklistItem(item.id(), item.topic(), item.country(), item.groups(), item.situation(), text.title(),
				text.body(), item.source(), item.lastChecked());
	}

}
