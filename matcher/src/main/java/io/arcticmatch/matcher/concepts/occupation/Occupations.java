package io.arcticmatch.matcher.concepts.occupation;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;

import io.arcticmatch.matcher.concepts.core.CodeSystem;
import io.arcticmatch.matcher.concepts.core.ConceptMatch;
import io.arcticmatch.matcher.concepts.core.ConceptMatch.Known;
import io.arcticmatch.matcher.concepts.core.LabelLanguage;
import io.arcticmatch.matcher.concepts.core.MatchConfidence;
import io.arcticmatch.matcher.concepts.core.TextNormalizer;
import org.jspecify.annotations.Nullable;

/**
 * Turns the occupation codes of every source into {@link OccupationConcept}s. Immutable
 * and thread-safe; built once by {@link OccupationsLoader}.
 * <p>
 * Every {@code from...} method returns a {@link ConceptMatch}: a {@link Known} concept
 * with the confidence of the mapping and an account of it, or an
 * {@link ConceptMatch.UnknownCode} that keeps the code and text as received. None throws
 * for bad input.
 */
public final class Occupations {

	private final Map<String, IscoGroup> iscoGroups;

	private final Map<String, OccupationConcept> byId;

	private final Map<String, List<OccupationConcept>> escoByIsco;

	private final Map<String, List<Link>> styrkLinks;

	private final Map<String, NationalCode> styrkNational;

	private final Map<String, String> styrkTitles;

	private final Map<String, List<Link>> jobTechLinks;

	private final Map<String, String> jobTechLabels;

	private final Map<String, List<OccupationConcept>> byLabel;

	private final Map<String, IscoGroup> iscoBySwedishLabel;

	/** The normalised labels of the concepts looked up by title so far, by concept id. */
	private final Map<String, Set<String>> normalizedLabels = new ConcurrentHashMap<>();

	Occupations(Map<String, IscoGroup> iscoGroups, Map<String, OccupationConcept> byId,
			Map<String, List<OccupationConcept>> escoByIsco, Map<String, List<Link>> styrkLinks,
			Map<String, NationalCode> styrkNational, Map<String, String> styrkTitles,
			Map<String, List<Link>> jobTechLinks, Map<String, String> jobTechLabels,
			Map<String, List<OccupationConcept>> byLabel, Map<String, IscoGroup> iscoBySwedishLabel) {
		this.iscoGroups = Map.copyOf(iscoGroups);
		this.byId = Map.copyOf(byId);
		this.escoByIsco = Map.copyOf(escoByIsco);
		this.styrkLinks = Map.copyOf(styrkLinks);
		this.styrkNational = Map.copyOf(styrkNational);
		this.styrkTitles = Map.copyOf(styrkTitles);
		this.jobTechLinks = Map.copyOf(jobTechLinks);
		this.jobTechLabels = Map.copyOf(jobTechLabels);
		this.byLabel = Map.copyOf(byLabel);
		this.iscoBySwedishLabel = Map.copyOf(iscoBySwedishLabel);
	}

	/**
	 * Every occupation concept: the ESCO occupations and the ISCO-08 groups of all
	 * levels.
	 * @return the concepts, in no particular order
	 */
	public Collection<OccupationConcept> all() {
		return this.byId.values();
	}

	/**
	 * A concept by its {@link OccupationConcept#id()}.
	 * @param id an ESCO URI or {@code isco08:} and a code
	 * @return the concept
	 */
	public Optional<OccupationConcept> byId(String id) {
		return Optional.ofNullable(this.byId.get(id.strip()));
	}

	/**
	 * An ISCO-08 group.
	 * @param code 1 to 4 digits
	 * @return the group, empty if there is none with that code
	 */
	public Optional<IscoGroup> iscoGroup(String code) {
		return Optional.ofNullable(this.iscoGroups.get(code.strip()));
	}

	/**
	 * The ESCO occupations in an ISCO-08 unit group.
	 * @param code 4 digits
	 * @return the occupations, most popular first
	 */
	public List<OccupationConcept> escoOccupationsIn(String code) {
		return this.escoByIsco.getOrDefault(code.strip(), List.of());
	}

	/**
	 * An ESCO occupation by URI.
	 * @param uri the ESCO occupation URI
	 * @return the concept, or an unknown code
	 */
	public ConceptMatch<OccupationConcept> byEscoUri(String uri) {
		OccupationConcept concept = this.byId.get(uri.strip());
		if (concept == null || !concept.isEscoOccupation()) {
			return ConceptMatch.unknown(CodeSystem.ESCO_OCCUPATION, uri, null);
		}
		return ConceptMatch.exact(concept, "ESCO occupation");
	}

	/**
	 * An ISCO-08 code (1 to 4 digits).
	 * @param code the ISCO-08 code
	 * @return the group's concept or an unknown code
	 */
	public ConceptMatch<OccupationConcept> fromIsco(@Nullable String code) {
		return fromIsco(code, null);
	}

	/**
	 * An ISCO-08 code (1 to 4 digits), with an optional job title that may pick the ESCO
	 * occupation within the group.
	 * @param code the ISCO-08 code
	 * @param title a job title in nb, sv or en, or null
	 * @return the ESCO occupation whose label is the title, else the group's concept
	 */
	public ConceptMatch<OccupationConcept> fromIsco(@Nullable String code, @Nullable String title) {
		String digits = digits(code);
		OccupationConcept group = (digits != null) ? this.byId.get(OccupationConcept.ISCO_ID_PREFIX + digits) : null;
		if (group == null) {
			return ConceptMatch.unknown(CodeSystem.ISCO_08, code, title);
		}
		Known<OccupationConcept> byTitle = titleWithin(digits, title, MatchConfidence.EXACT, "ISCO-08 " + digits);
		return (byTitle != null) ? byTitle : ConceptMatch.exact(group, "ISCO-08 " + digits);
	}

	/**
	 * A Norwegian STYRK-08 code; see {@link #fromStyrk08(String, String)}.
	 * @param code the STYRK-08 code
	 * @return the ISCO group's concept or an unknown code
	 */
	public ConceptMatch<OccupationConcept> fromStyrk08(@Nullable String code) {
		return fromStyrk08(code, null);
	}

	/**
	 * A Norwegian STYRK-08 code. STYRK-08 is ISCO-08 but for the national codes 2223
	 * Sykepleiere, 2224 Vernepleiere and 3439 Andre yrker innen estetiske fag, which map
	 * to ISCO 2221, 2221 and 3435. Longer codes (e.g. NAV's 7-digit STYRK-08 titles) are
	 * cut to their first four digits. With a title that is the Norwegian label of an ESCO
	 * occupation the ESCO-STYRK table maps to the code, that occupation is returned, with
	 * the table's SKOS relation as confidence.
	 * @param code the STYRK-08 code
	 * @param title the job title, or null
	 * @return the concept or an unknown code
	 */
	public ConceptMatch<OccupationConcept> fromStyrk08(@Nullable String code, @Nullable String title) {
		String digits = digits(code);
		if (digits == null) {
			return ConceptMatch.unknown(CodeSystem.STYRK_08, code, title);
		}
		String styrk = (digits.length() > 4) ? digits.substring(0, 4) : digits;
		if (styrk.length() == 3 && !this.iscoGroups.containsKey(styrk) && this.iscoGroups.containsKey("0" + styrk)) {
			styrk = "0" + styrk;
		}
		String origin = "STYRK-08 " + styrk;
		if (!styrk.equals(digits)) {
			origin += " (from " + digits + ")";
		}
		Known<OccupationConcept> byTitle = styrkTitle(styrk, title, origin);
		if (byTitle != null) {
			return byTitle;
		}
		NationalCode national = this.styrkNational.get(styrk);
		if (national != null) {
			OccupationConcept group = this.byId.get(OccupationConcept.ISCO_ID_PREFIX + national.isco());
			if (group != null) {
				return new Known<>(group, national.confidence(),
						origin + " -> ISCO-08 " + national.isco() + " (national code)");
			}
		}
		OccupationConcept group = this.byId.get(OccupationConcept.ISCO_ID_PREFIX + styrk);
		if (group == null) {
			return ConceptMatch.unknown(CodeSystem.STYRK_08, code, title);
		}
		return ConceptMatch.exact(group, origin + " = ISCO-08 " + styrk);
	}

	/**
	 * The ESCO occupations the ESCO-STYRK table maps to a STYRK-08 code, each with the
	 * SKOS relation as confidence.
	 * @param code a 4-digit STYRK-08 code
	 * @return the occupations, best first
	 */
	public List<Known<OccupationConcept>> styrk08Candidates(String code) {
		return candidates(this.styrkLinks.get(code.strip()), "ESCO-STYRK table, STYRK-08 " + code.strip());
	}

	/**
	 * The Norwegian title of a STYRK-08 code as the ESCO-STYRK table gives it.
	 * @param code a STYRK-08 code
	 * @return the title, e.g. {@code Sykepleiere} for 2223
	 */
	public Optional<String> styrk08Title(String code) {
		return Optional.ofNullable(this.styrkTitles.get(code.strip()));
	}

	/**
	 * A Finnish Ammattiluokitus 2010 code; see {@link #fromAml2010(String, String)}.
	 * @param code the AML 2010 code
	 * @return the ISCO group's concept or an unknown code
	 */
	public ConceptMatch<OccupationConcept> fromAml2010(@Nullable String code) {
		return fromAml2010(code, null);
	}

	/**
	 * A Finnish Ammattiluokitus 2010 code. Its 1 to 4 digit codes are ISCO-08 codes; a
	 * 5-digit national group maps to the ISCO unit group of its first four digits.
	 * @param code the AML 2010 code
	 * @param title the job title, or null
	 * @return the concept or an unknown code
	 */
	public ConceptMatch<OccupationConcept> fromAml2010(@Nullable String code, @Nullable String title) {
		String digits = digits(code);
		if (digits == null || digits.length() > 5) {
			return ConceptMatch.unknown(CodeSystem.AML_2010, code, title);
		}
		String isco = (digits.length() == 5) ? digits.substring(0, 4) : digits;
		OccupationConcept group = this.byId.get(OccupationConcept.ISCO_ID_PREFIX + isco);
		if (group == null) {
			return ConceptMatch.unknown(CodeSystem.AML_2010, code, title);
		}
		String origin = (digits.length() == 5)
				? "AML 2010 " + digits + " -> ISCO-08 " + isco + " (national 5-digit group)"
				: "AML 2010 " + digits + " = ISCO-08 " + isco;
		Known<OccupationConcept> byTitle = titleWithin(isco, title, MatchConfidence.EXACT, origin);
		return (byTitle != null) ? byTitle : ConceptMatch.exact(group, origin);
	}

	/**
	 * A JobTech occupation-name concept; see
	 * {@link #fromJobTechOccupationName(String, String)}.
	 * @param conceptId the concept id or URI
	 * @return the concept or an unknown code
	 */
	public ConceptMatch<OccupationConcept> fromJobTechOccupationName(@Nullable String conceptId) {
		return fromJobTechOccupationName(conceptId, null);
	}

	/**
	 * A JobTech occupation-name concept (Arbetsförmedlingen's taxonomy, as in Swedish
	 * ads' {@code occupation.concept_id}), through the ESCO-SE mapping table. The best
	 * mapping wins: exactMatch, then closeMatch, narrowMatch, broadMatch; ESCO
	 * occupations before ISCO groups; then the one whose label is closest to the given
	 * label.
	 * @param conceptId the concept id, e.g. {@code bXNH_MNX_dUR}, or its full URI
	 * @param label the occupation name as the ad gives it, or null
	 * @return the concept or an unknown code
	 */
	public ConceptMatch<OccupationConcept> fromJobTechOccupationName(@Nullable String conceptId,
			@Nullable String label) {
		String id = jobTechId(conceptId);
		List<Link> links = (id != null) ? this.jobTechLinks.get(id) : null;
		if (links == null || links.isEmpty()) {
			return ConceptMatch.unknown(CodeSystem.JOBTECH_OCCUPATION_NAME, conceptId, label);
		}
		String wanted = (label != null) ? TextNormalizer.normalize(label) : "";
		Link best = links.stream()
			.min(Comparator.comparingInt((Link link) -> link.confidence().ordinal())
				.thenComparing((Link link) -> link.concept().isEscoOccupation() ? 0 : 1)
				.thenComparing((Link link) -> labelDistance(link.concept(), wanted)))
			.orElseThrow();
		return new Known<>(best.concept(), best.confidence(),
				"JobTech occupation name " + id + " '" + this.jobTechLabels.getOrDefault(id, "") + "' -> "
						+ describe(best.concept()) + " (ESCO-SE table, "
						+ best.confidence().name().toLowerCase(Locale.ROOT) + ")");
	}

	/**
	 * Every concept the ESCO-SE table maps a JobTech occupation name to.
	 * @param conceptId the concept id or URI
	 * @return the concepts with their SKOS confidence, best first
	 */
	public List<Known<OccupationConcept>> jobTechCandidates(String conceptId) {
		String id = jobTechId(conceptId);
		return candidates((id != null) ? this.jobTechLinks.get(id) : null, "ESCO-SE table, JobTech " + id);
	}

	/**
	 * A Swedish SSYK 2012 code without its label; see
	 * {@link #fromSsyk2012(String, String)}.
	 * @param code the SSYK 2012 code
	 * @return a structural match or an unknown code
	 */
	public ConceptMatch<OccupationConcept> fromSsyk2012(@Nullable String code) {
		return fromSsyk2012(code, null);
	}

	/**
	 * A Swedish SSYK 2012 code. SSYK is not code-identical with ISCO-08, and no SSYK-ISCO
	 * key ships with this data, so the mapping goes through the JobTech/ESCO data and is
	 * never better than {@link MatchConfidence#INFERRED}:
	 * <ol>
	 * <li>the SSYK group label (from the ad) equal to ESCO's Swedish label of an ISCO
	 * unit group (ESCO took those from SSYK) gives that group;</li>
	 * <li>the label equal to a Swedish label of an ESCO occupation or a JobTech
	 * occupation name gives that occupation;</li>
	 * <li>otherwise only the structure is used: SSYK 2012 was built on ISCO-08 and keeps
	 * its major groups and, outside the managers (major group 1), largely its sub-major
	 * groups (an assumption, as no key ships), so the code gives the ISCO sub-major group
	 * (or major group 1) with {@link MatchConfidence#STRUCTURAL}.</li>
	 * </ol>
	 * @param code the SSYK 2012 code (1 to 4 digits)
	 * @param label the group label as the ad gives it (e.g.
	 * {@code occupation_group.label}), or null
	 * @return the concept or an unknown code
	 */
	public ConceptMatch<OccupationConcept> fromSsyk2012(@Nullable String code, @Nullable String label) {
		String digits = digits(code);
		if (digits == null || digits.length() > 4) {
			return ConceptMatch.unknown(CodeSystem.SSYK_2012, code, label);
		}
		String origin = "SSYK 2012 " + digits;
		if (label != null && !label.isBlank()) {
			IscoGroup group = this.iscoBySwedishLabel.get(swedishGroupKey(label));
			if (group != null) {
				OccupationConcept concept = this.byId.get(OccupationConcept.ISCO_ID_PREFIX + group.code());
				if (concept != null) {
					return new Known<>(concept, MatchConfidence.INFERRED, origin + " '" + label.strip()
							+ "' -> ISCO-08 " + group.code() + " (ESCO's Swedish label of the ISCO group)");
				}
			}
			List<OccupationConcept> byName = this.byLabel.getOrDefault(TextNormalizer.normalize(label), List.of());
			if (!byName.isEmpty()) {
				OccupationConcept concept = byName.get(0);
				return new Known<>(concept, MatchConfidence.INFERRED,
						origin + " '" + label.strip() + "' -> " + describe(concept) + " (by label)");
			}
		}
		String structural = (digits.charAt(0) == '1' || digits.length() == 1) ? digits.substring(0, 1)
				: digits.substring(0, 2);
		OccupationConcept concept = this.byId.get(OccupationConcept.ISCO_ID_PREFIX + structural);
		if (concept == null) {
			return ConceptMatch.unknown(CodeSystem.SSYK_2012, code, label);
		}
		return new Known<>(concept, MatchConfidence.STRUCTURAL,
				origin + " -> ISCO-08 " + structural + " (same major/sub-major group; no SSYK-ISCO key)");
	}

	/**
	 * Occupations whose label (any language, preferred or alternative) is exactly this
	 * text after {@link TextNormalizer#normalize normalisation}.
	 * @param text a job title
	 * @return the concepts, most popular first
	 */
	public List<OccupationConcept> byLabel(String text) {
		return this.byLabel.getOrDefault(TextNormalizer.normalize(text), List.of());
	}

	private @Nullable Known<OccupationConcept> styrkTitle(String styrk, @Nullable String title, String origin) {
		if (title == null || title.isBlank()) {
			return null;
		}
		String wanted = TextNormalizer.normalize(title);
		for (Link link : this.styrkLinks.getOrDefault(styrk, List.of())) {
			if (hasLabel(link.concept(), wanted)) {
				return new Known<>(link.concept(), link.confidence(), origin + " '" + title.strip() + "' -> "
						+ describe(link.concept()) + " (ESCO-STYRK table, by title)");
			}
		}
		NationalCode national = this.styrkNational.get(styrk);
		return titleWithin((national != null) ? national.isco() : styrk, title,
				(national != null) ? national.confidence() : MatchConfidence.EXACT, origin);
	}

	private @Nullable Known<OccupationConcept> titleWithin(String isco, @Nullable String title,
			MatchConfidence confidence, String origin) {
		if (title == null || title.isBlank() || isco.length() != 4) {
			return null;
		}
		String wanted = TextNormalizer.normalize(title);
		for (OccupationConcept concept : this.escoByIsco.getOrDefault(isco, List.of())) {
			if (hasLabel(concept, wanted)) {
				return new Known<>(concept, confidence, origin + " '" + title.strip() + "' -> " + describe(concept)
						+ " (by title within ISCO " + isco + ")");
			}
		}
		return null;
	}

	private boolean hasLabel(OccupationConcept concept, String normalized) {
		// normalising every label of every candidate on each look-up was a bulk import's
		// largest cost in the concept layer; a concept's labels never change
		return this.normalizedLabels
			.computeIfAbsent(concept.id(),
					(id) -> concept.labels()
						.all()
						.stream()
						.map((label) -> TextNormalizer.normalize(label.text()))
						.collect(Collectors.toUnmodifiableSet()))
			.contains(normalized);
	}

	private int labelDistance(OccupationConcept concept, String wanted) {
		if (wanted.isEmpty()) {
			return 0;
		}
		return hasLabel(concept, wanted) ? 0 : 1;
	}

	private static List<Known<OccupationConcept>> candidates(@Nullable List<Link> links, String origin) {
		if (links == null) {
			return List.of();
		}
		List<Known<OccupationConcept>> out = new ArrayList<>(links.size());
		links.stream()
			.sorted(Comparator.comparingInt((Link link) -> link.confidence().ordinal()))
			.forEach((link) -> out.add(new Known<>(link.concept(), link.confidence(), origin)));
		return List.copyOf(out);
	}

	private static String describe(OccupationConcept concept) {
		return concept.isEscoOccupation() ? "ESCO " + concept.escoCode() + " '" + concept.label(LabelLanguage.EN) + "'"
				: "ISCO-08 " + concept.isco().code();
	}

	static String swedishGroupKey(String label) {
		String key = TextNormalizer.normalize(label);
		if (key.endsWith(" m.fl.")) {
			key = key.substring(0, key.length() - " m.fl.".length());
		}
		else if (key.endsWith(" m.m.")) {
			key = key.substring(0, key.length() - " m.m.".length());
		}
		return key;
	}

	static @Nullable String digits(@Nullable String code) {
		if (code == null) {
			return null;
		}
		String stripped = code.strip().replace(" ", "").replace(".", "");
		if (stripped.isEmpty() || stripped.length() > 8) {
			return null;
		}
		for (int i = 0; i < stripped.length(); i++) {
			char c = stripped.charAt(i);
			if (c < '0' || c > '9') {
				return null;
			}
		}
		return stripped;
	}

	static @Nullable String jobTechId(@Nullable String conceptId) {
		if (conceptId == null || conceptId.isBlank()) {
			return null;
		}
		String id = conceptId.strip();
		int slash = id.lastIndexOf('/');
		return (slash >= 0) ? id.substring(slash + 1) : id;
	}

	/**
	 * A mapping from a national code to a concept.
	 *
	 * @param concept the concept
	 * @param confidence the SKOS relation as confidence
	 */
	record Link(OccupationConcept concept, MatchConfidence confidence) {
	}

	/**
	 * A national STYRK-08 code that is not an ISCO-08 code.
	 *
	 * @param isco the ISCO-08 unit group
	 * @param confidence how sure the correspondence is
	 */
	record NationalCode(String isco, MatchConfidence confidence) {
	}

}
