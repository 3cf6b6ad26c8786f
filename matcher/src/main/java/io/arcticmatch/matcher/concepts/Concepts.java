package io.arcticmatch.matcher.concepts;

import java.time.Duration;
import java.util.Objects;
import java.util.Optional;

import io.arcticmatch.matcher.concepts.core.Concept;
import io.arcticmatch.matcher.concepts.core.ConceptData;
import io.arcticmatch.matcher.concepts.core.EscoUri;
import io.arcticmatch.matcher.concepts.language.Languages;
import io.arcticmatch.matcher.concepts.licence.Licences;
import io.arcticmatch.matcher.concepts.occupation.OccupationConcept;
import io.arcticmatch.matcher.concepts.occupation.Occupations;
import io.arcticmatch.matcher.concepts.place.Places;
import io.arcticmatch.matcher.concepts.skill.SkillConcept;
import io.arcticmatch.matcher.concepts.skill.Skills;
import io.arcticmatch.matcher.concepts.typeahead.Typeahead;

/**
 * One vocabulary for three countries: occupations, skills, places, languages and driving
 * licences, each turning national codes and terms into language-independent concepts, and
 * a typeahead over all their labels. Immutable and thread-safe: build it once at start-up
 * (a few seconds; it retains about 35 MB of heap, see docs/benchmarks.md) and share it.
 *
 * <pre>{@code
 * Concepts concepts = Concepts.loadDefault();
 * ConceptMatch<OccupationConcept> occupation = concepts.occupations().fromStyrk08("2223", "Sykepleier");
 * ConceptMatch<Municipality> place = concepts.places().municipality(Country.NO, "1806");
 * List<Suggestion> suggestions = concepts.typeahead().suggest("sjukskö", ConceptKind.OCCUPATION, 10);
 * }</pre>
 *
 * @see ConceptsLoader
 */
public final class Concepts {

	private final Occupations occupations;

	private final Skills skills;

	private final Places places;

	private final Languages languages;

	private final Licences licences;

	private final Typeahead typeahead;

	private final Duration loadTime;

	Concepts(Occupations occupations, Skills skills, Places places, Languages languages, Licences licences,
			Typeahead typeahead, Duration loadTime) {
		this.occupations = Objects.requireNonNull(occupations);
		this.skills = Objects.requireNonNull(skills);
		this.places = Objects.requireNonNull(places);
		this.languages = Objects.requireNonNull(languages);
		this.licences = Objects.requireNonNull(licences);
		this.typeahead = Objects.requireNonNull(typeahead);
		this.loadTime = Objects.requireNonNull(loadTime);
	}

	/**
	 * Loads the concepts shipped in this jar (classpath folder {@code concepts/}).
	 * @return the concepts
	 */
	public static Concepts loadDefault() {
		return ConceptsLoader.load(ConceptData.classpath());
	}

	/**
	 * Occupations from STYRK-08, SSYK 2012, AML 2010, ISCO-08, ESCO and JobTech codes.
	 * @return the occupations
	 */
	public Occupations occupations() {
		return this.occupations;
	}

	/**
	 * Skills from ESCO and JobTech ids.
	 * @return the skills
	 */
	public Skills skills() {
		return this.skills;
	}

	/**
	 * Countries, regions and municipalities.
	 * @return the places
	 */
	public Places places() {
		return this.places;
	}

	/**
	 * Languages and language levels.
	 * @return the languages
	 */
	public Languages languages() {
		return this.languages;
	}

	/**
	 * Driving-licence classes.
	 * @return the licences
	 */
	public Licences licences() {
		return this.licences;
	}

	/**
	 * Typeahead over all labels of all concepts.
	 * @return the typeahead
	 */
	public Typeahead typeahead() {
		return this.typeahead;
	}

	/**
	 * Any concept by its {@link Concept#id()}, e.g. one a form stored after a typeahead
	 * suggestion: an ESCO URI, {@code isco08:2221}, {@code jobtech:skill:...},
	 * {@code place:NO:1806}, {@code iso639:sme} or {@code licence:B}.
	 * @param id the id
	 * @return the concept, empty if no concept has that id
	 */
	public Optional<Concept> byId(String id) {
		String key = id.strip();
		Optional<? extends Concept> found;
		if (key.startsWith(EscoUri.PREFIX + "skill/") || key.startsWith(SkillConcept.JOBTECH_ID_PREFIX)) {
			found = this.skills.byId(key);
		}
		else if (key.startsWith(EscoUri.PREFIX) || key.startsWith(OccupationConcept.ISCO_ID_PREFIX)) {
			found = this.occupations.byId(key);
		}
		else if (key.startsWith("place:")) {
			found = this.places.byId(key);
		}
		else if (key.startsWith("iso639:")) {
			found = this.languages.byId(key);
		}
		else {
			found = this.licences.byId(key);
		}
		return found.map(Concept.class::cast);
	}

	/**
	 * How long loading took.
	 * @return the wall-clock time of {@link ConceptsLoader#load}
	 */
	public Duration loadTime() {
		return this.loadTime;
	}

}
