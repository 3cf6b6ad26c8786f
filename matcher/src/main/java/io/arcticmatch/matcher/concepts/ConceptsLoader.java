package io.arcticmatch.matcher.concepts;

import java.time.Duration;
import java.util.Collection;
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

import io.arcticmatch.matcher.concepts.core.Concept;
import io.arcticmatch.matcher.concepts.core.ConceptData;
import io.arcticmatch.matcher.concepts.core.ConceptKind;
import io.arcticmatch.matcher.concepts.language.Languages;
import io.arcticmatch.matcher.concepts.language.LanguagesLoader;
import io.arcticmatch.matcher.concepts.licence.Licences;
import io.arcticmatch.matcher.concepts.licence.LicencesLoader;
import io.arcticmatch.matcher.concepts.occupation.OccupationConcept;
import io.arcticmatch.matcher.concepts.occupation.Occupations;
import io.arcticmatch.matcher.concepts.occupation.OccupationsLoader;
import io.arcticmatch.matcher.concepts.place.Municipality;
import io.arcticmatch.matcher.concepts.place.Places;
import io.arcticmatch.matcher.concepts.place.PlacesLoader;
import io.arcticmatch.matcher.concepts.skill.SkillConcept;
import io.arcticmatch.matcher.concepts.skill.Skills;
import io.arcticmatch.matcher.concepts.skill.SkillsLoader;
import io.arcticmatch.matcher.concepts.typeahead.Typeahead;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Builds {@link Concepts} from data files: reads every file once, links the kinds, and
 * builds the typeahead.
 */
public final class ConceptsLoader {

	private static final Logger logger = LoggerFactory.getLogger(ConceptsLoader.class);

	private ConceptsLoader() {
	}

	/**
	 * Loads everything.
	 * @param data where the files are, e.g. {@link ConceptData#classpath()}
	 * @return the concepts
	 */
	public static Concepts load(ConceptData data) {
		long start = System.nanoTime();
		Occupations occupations = OccupationsLoader.load(data);
		long occupationsDone = System.nanoTime();
		Skills skills = SkillsLoader.load(data, (ssykLabel) -> iscoOfSsykLabel(occupations, ssykLabel));
		long skillsDone = System.nanoTime();
		Places places = PlacesLoader.load(data);
		Languages languages = LanguagesLoader.load(data);
		Licences licences = LicencesLoader.load(data);
		long othersDone = System.nanoTime();
		Map<ConceptKind, Collection<? extends Concept>> all = new EnumMap<>(ConceptKind.class);
		all.put(ConceptKind.OCCUPATION, occupations.all());
		all.put(ConceptKind.SKILL, skills.all());
		all.put(ConceptKind.PLACE, Stream.concat(places.municipalities().stream(), places.regions().stream()).toList());
		all.put(ConceptKind.LANGUAGE, languages.all());
		all.put(ConceptKind.DRIVING_LICENCE, licences.all());
		Typeahead typeahead = Typeahead.build(all, ConceptsLoader::popularity);
		long end = System.nanoTime();
		Duration took = Duration.ofNanos(end - start);
		logger.info(
				"Loaded concepts in {} ms (occupations {} ms, skills {} ms, places/languages/licences {} ms, typeahead {} ms): "
						+ "{} occupations, {} skills, {} municipalities; typeahead labels {}",
				took.toMillis(), millis(start, occupationsDone), millis(occupationsDone, skillsDone),
				millis(skillsDone, othersDone), millis(othersDone, end), occupations.all().size(), skills.all().size(),
				places.municipalities().size(), typeahead.labelCounts());
		return new Concepts(occupations, skills, places, languages, licences, typeahead, took);
	}

	private static long millis(long from, long to) {
		return (to - from) / 1_000_000;
	}

	private static Optional<String> iscoOfSsykLabel(Occupations occupations, String ssykLabel) {
		return occupations.fromSsyk2012("0", ssykLabel)
			.asOptional()
			.filter((concept) -> !concept.isEscoOccupation() && concept.isco().level() == 4)
			.map((concept) -> concept.isco().code().value());
	}

	/**
	 * The typeahead popularity: for occupations and skills how many national codes, terms
	 * and related-skill lists point at the concept (their {@code popularity}); for a
	 * municipality the number of names it has, which puts the well-known places of the
	 * north (named in several languages) first; 1 for the rest.
	 */
	private static int popularity(Concept concept) {
		return switch (concept) {
			case OccupationConcept occupation -> occupation.popularity();
			case SkillConcept skill -> skill.popularity();
			case Municipality municipality -> municipality.labels().all().size();
			default -> 1;
		};
	}

}
