package io.arcticmatch.matcher.concepts.licence;

import java.util.ArrayDeque;
import java.util.Collection;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import io.arcticmatch.matcher.concepts.core.CodeSystem;
import io.arcticmatch.matcher.concepts.core.ConceptMatch;
import io.arcticmatch.matcher.concepts.core.ConceptMatch.Known;
import io.arcticmatch.matcher.concepts.core.MatchConfidence;
import io.arcticmatch.matcher.concepts.core.TextNormalizer;
import org.jspecify.annotations.Nullable;

/**
 * Driving-licence classes by code, national spelling or JobTech id, and which class a
 * held class also covers. Immutable and thread-safe; built once by
 * {@link LicencesLoader}.
 */
public final class Licences {

	/**
	 * Which classes a class also entitles to (Directive 2006/126/EC, art. 4 and 6): the
	 * direct ones; {@link #covers} follows them transitively.
	 */
	static final Map<String, List<String>> ALSO_COVERS = Map.ofEntries(Map.entry("A", List.of("A2")),
			Map.entry("A2", List.of("A1")), Map.entry("A1", List.of("AM")), Map.entry("B", List.of("AM")),
			Map.entry("B96", List.of("B")), Map.entry("BE", List.of("B96")), Map.entry("C1", List.of("B")),
			Map.entry("C", List.of("C1")), Map.entry("C1E", List.of("C1", "BE")), Map.entry("CE", List.of("C", "C1E")),
			Map.entry("D1", List.of("B")), Map.entry("D", List.of("D1")), Map.entry("D1E", List.of("D1", "BE")),
			Map.entry("DE", List.of("D", "D1E")));

	private final Map<String, DrivingLicence> byCode;

	private final Map<String, DrivingLicence> byJobTechId;

	Licences(Map<String, DrivingLicence> byCode, Map<String, DrivingLicence> byJobTechId) {
		this.byCode = Map.copyOf(byCode);
		this.byJobTechId = Map.copyOf(byJobTechId);
	}

	/**
	 * Every class.
	 * @return the classes
	 */
	public Collection<DrivingLicence> all() {
		return this.byCode.values();
	}

	/**
	 * A class from how a posting or form writes it: {@code B}, {@code klasse BE},
	 * {@code C1 E}, {@code B-96}, {@code Utökad B}, {@code traktorkort} (as T),
	 * {@code snøscooter} (as S).
	 * @param text the class
	 * @return the class or an unknown code
	 */
	public ConceptMatch<DrivingLicence> fromCode(@Nullable String text) {
		if (text == null || text.isBlank()) {
			return ConceptMatch.unknown(CodeSystem.DRIVING_LICENCE, text, null);
		}
		String normalized = TextNormalizer.normalize(text);
		switch (normalized) {
			case "utökad b", "utökad behörighet b", "b utökad" -> {
				return known("B96", MatchConfidence.EXACT, "Swedish 'Utökad B' = B96");
			}
			case "traktorkort" -> {
				return known("T", MatchConfidence.CLOSE, "Swedish traktorkort ~ class T");
			}
			case "snøscooter", "snöskoter", "moottorikelkka" -> {
				return known("S", MatchConfidence.CLOSE, "snowmobile ~ Norwegian class S");
			}
			default -> {
			}
		}
		String code = normalized.toUpperCase(Locale.ROOT);
		for (String word : new String[] { "FØRERKORTKLASSE", "FØRERKORT", "KLASSE", "KÖRKORTSBEHÖRIGHET", "KÖRKORT",
				"BEHÖRIGHET", "AJOKORTTILUOKKA", "AJOKORTTI", "LUOKKA", "CLASS", "CATEGORY" }) {
			code = code.replace(word, "");
		}
		code = code.replace(" ", "").replace("-", "").replace(":", "");
		DrivingLicence licence = this.byCode.get(code);
		if (licence == null) {
			return ConceptMatch.unknown(CodeSystem.DRIVING_LICENCE, text, null);
		}
		return ConceptMatch.exact(licence, "driving licence class " + licence.code());
	}

	/**
	 * A class by its {@link DrivingLicence#id()}.
	 * @param id {@code licence:} and the code
	 * @return the class
	 */
	public Optional<DrivingLicence> byId(String id) {
		String code = id.strip();
		return code.startsWith("licence:") ? Optional.ofNullable(this.byCode.get(code.substring("licence:".length())))
				: Optional.empty();
	}

	/**
	 * A class by JobTech concept id.
	 * @param conceptId the concept id
	 * @return the class or an unknown code
	 */
	public ConceptMatch<DrivingLicence> fromJobTech(@Nullable String conceptId) {
		DrivingLicence licence = (conceptId != null) ? this.byJobTechId.get(conceptId.strip()) : null;
		if (licence == null) {
			return ConceptMatch.unknown(CodeSystem.JOBTECH_DRIVING_LICENCE, conceptId, null);
		}
		return ConceptMatch.exact(licence, "JobTech driving licence " + conceptId);
	}

	/**
	 * Whether holding one class entitles to drive what another class is required for (CE
	 * covers C, C1E, C1, BE, B96, B and AM; B covers AM; national classes only
	 * themselves).
	 * @param held the class held
	 * @param required the class asked for
	 * @return true if covered
	 */
	public boolean covers(DrivingLicence held, DrivingLicence required) {
		Set<String> seen = new HashSet<>();
		Deque<String> todo = new ArrayDeque<>();
		todo.add(held.code());
		while (!todo.isEmpty()) {
			String code = todo.pop();
			if (code.equals(required.code())) {
				return true;
			}
			if (seen.add(code)) {
				todo.addAll(ALSO_COVERS.getOrDefault(code, List.of()));
			}
		}
		return false;
	}

	private ConceptMatch<DrivingLicence> known(String code, MatchConfidence confidence, String origin) {
		return new Known<>(this.byCode.get(code), confidence, origin);
	}

}
