package io.arcticmatch.web.profiles;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import io.arcticmatch.matcher.concepts.place.Country;

import org.springframework.util.MultiValueMap;

/**
 * The profile editor's fields as typed: text, so that whatever was sent comes back to the
 * person unchanged next to the message saying what is wrong with it.
 *
 * @param occupations occupations, {@code detail} the years of experience
 * @param skills skills
 * @param languages languages, {@code detail} the CEFR level or {@code NATIVE}
 * @param licences ids of the driving licences ticked
 * @param education an {@code EducationLevel} name or blank
 * @param home the home place
 * @param mobility per country
 * @param employmentTypes {@code EmploymentType} names ticked
 * @param remoteModes {@code RemoteMode} names ticked
 * @param earliestStart an ISO date or blank
 * @param salaryAmount the least pay or blank
 * @param salaryCurrency NOK, SEK or EUR
 * @param salaryPeriod a {@code SalaryPeriod} name
 */
record ProfileForm(List<ConceptRow> occupations, List<ConceptRow> skills, List<ConceptRow> languages,
		Set<String> licences, String education, ConceptRow home, Map<Country, MobilityRow> mobility,
		Set<String> employmentTypes, Set<String> remoteModes, String earliestStart, String salaryAmount,
		String salaryCurrency, String salaryPeriod) {

	/**
	 * Empty rows offered below the filled ones, so that a page without JavaScript can
	 * add.
	 */
	static final int FREE_ROWS = 2;

	static final double DEFAULT_COMMUTE_KM = 50;

	ProfileForm {
		occupations = List.copyOf(occupations);
		skills = List.copyOf(skills);
		languages = List.copyOf(languages);
		licences = Set.copyOf(licences);
		mobility = new EnumMap<>(mobility);
		employmentTypes = Set.copyOf(employmentTypes);
		remoteModes = Set.copyOf(remoteModes);
	}

	/**
	 * A form for someone without a profile: every country considered, a day's commute.
	 */
	static ProfileForm blank() {
		Map<Country, MobilityRow> mobility = new EnumMap<>(Country.class);
		for (Country country : Country.values()) {
			mobility.put(country, new MobilityRow(true, "50", false));
		}
		return new ProfileForm(List.of(), List.of(), List.of(), Set.of(), "", ConceptRow.EMPTY, mobility, Set.of(),
				Set.of(), "", "", "NOK", "MONTH");
	}

	/**
	 * Reads the posted form. Rows come as parallel lists of equally named fields in page
	 * order, which every browser keeps.
	 */
	static ProfileForm read(MultiValueMap<String, String> params) {
		Map<Country, MobilityRow> mobility = new EnumMap<>(Country.class);
		for (Country country : Country.values()) {
			String prefix = "mobility." + country.name() + ".";
			mobility.put(country, new MobilityRow(params.containsKey(prefix + "considered"),
					first(params, prefix + "km"), params.containsKey(prefix + "relocate")));
		}
		List<ConceptRow> homes = rows(params, "home", null);
		return new ProfileForm(rows(params, "occupation", "years"), rows(params, "skill", null),
				rows(params, "language", "level"), all(params, "licence"), first(params, "education"),
				homes.isEmpty() ? ConceptRow.EMPTY : homes.get(0), mobility, all(params, "employmentType"),
				all(params, "remoteMode"), first(params, "earliestStart"), first(params, "salary.amount"),
				first(params, "salary.currency"), first(params, "salary.period"));
	}

	/**
	 * @return the occupation rows to show: the filled ones and some free ones
	 */
	public List<ConceptRow> occupationRows() {
		return withFreeRows(this.occupations);
	}

	public List<ConceptRow> skillRows() {
		return withFreeRows(this.skills);
	}

	public List<ConceptRow> languageRows() {
		return withFreeRows(this.languages);
	}

	private static List<ConceptRow> withFreeRows(List<ConceptRow> rows) {
		List<ConceptRow> shown = new ArrayList<>(rows);
		for (int i = 0; i < FREE_ROWS; i++) {
			shown.add(ConceptRow.EMPTY);
		}
		return shown;
	}

	private static List<ConceptRow> rows(MultiValueMap<String, String> params, String name,
			@org.jspecify.annotations.Nullable String detail) {
		List<String> texts = params.getOrDefault(name + ".text", List.of());
		List<String> ids = params.getOrDefault(name + ".id", List.of());
		List<String> details = (detail != null) ? params.getOrDefault(name + "." + detail, List.of()) : List.of();
		List<ConceptRow> rows = new ArrayList<>();
		for (int i = 0; i < texts.size(); i++) {
			ConceptRow row = new ConceptRow(clean(texts.get(i)), clean(at(ids, i)), clean(at(details, i)));
			if (!row.isBlank()) {
				rows.add(row);
			}
		}
		return rows;
	}

	private static String at(List<String> values, int index) {
		return (index < values.size()) ? values.get(index) : "";
	}

	private static String first(MultiValueMap<String, String> params, String name) {
		String value = params.getFirst(name);
		return clean(value);
	}

	private static Set<String> all(MultiValueMap<String, String> params, String name) {
		Set<String> values = new LinkedHashSet<>();
		params.getOrDefault(name, List.of())
			.stream()
			.map(ProfileForm::clean)
			.filter((v) -> !v.isEmpty())
			.forEach(values::add);
		return values;
	}

	private static String clean(@org.jspecify.annotations.Nullable String value) {
		return (value != null) ? value.strip() : "";
	}

	/**
	 * One picked concept.
	 *
	 * @param text what the person typed or the label of what they picked
	 * @param id the concept's id once picked (the typeahead fills it), else blank
	 * @param detail years of experience or language level
	 */
	record ConceptRow(String text, String id, String detail) {

		static final ConceptRow EMPTY = new ConceptRow("", "", "");

		boolean isBlank() {
			return this.text.isEmpty();
		}

	}

	/**
	 * Work in one country.
	 *
	 * @param considered whether the person looks for work there at all
	 * @param km the longest daily commute
	 * @param relocate whether they would move for a job there
	 */
	record MobilityRow(boolean considered, String km, boolean relocate) {

	}

}
