package io.arcticmatch.matcher.concepts.occupation;

import java.util.Optional;

import io.arcticmatch.matcher.concepts.core.Concept;
import io.arcticmatch.matcher.concepts.core.EscoUri;
import io.arcticmatch.matcher.concepts.core.ConceptKind;
import io.arcticmatch.matcher.concepts.core.LabelLanguage;
import io.arcticmatch.matcher.concepts.core.Labels;
import org.jspecify.annotations.Nullable;

/**
 * A language-independent occupation: an ESCO occupation where one is known, otherwise an
 * ISCO-08 group. An ESCO occupation and an ISCO unit-group concept always have their
 * 4-digit ISCO group; only a mapping from a code with less detail (e.g. a 2-digit ISCO
 * code, or an SSYK code known only by its structure) gives a concept of a coarser group.
 *
 * @param id the ESCO URI, or {@code isco08:} and the ISCO code
 * @param esco the ESCO occupation, null for an ISCO group concept
 * @param escoCode ESCO's code below the ISCO group, e.g. {@code 2221.2}, or null
 * @param isco the ISCO-08 group: the unit group of an ESCO occupation, or the group
 * itself
 * @param labels labels in nb, sv and en (fi where the data has them, see
 * {@link Labels#missing()})
 * @param popularity how many national codes and terms of Norway and Sweden map to it,
 * weighted by the closeness of each mapping (exact 10, close 8, narrow 6, broad 5; ISCO
 * groups add 1 per ESCO occupation in them); used to rank typeahead results
 */
public record OccupationConcept(String id, @Nullable EscoUri esco, @Nullable String escoCode, IscoGroup isco,
		Labels labels, int popularity) implements Concept {

	/** The id prefix of ISCO group concepts. */
	public static final String ISCO_ID_PREFIX = "isco08:";

	@Override
	public ConceptKind kind() {
		return ConceptKind.OCCUPATION;
	}

	/**
	 * Whether this is an ESCO occupation rather than an ISCO group.
	 * @return true for an ESCO occupation
	 */
	public boolean isEscoOccupation() {
		return this.esco != null;
	}

	/**
	 * The ISCO-08 unit group (4 digits).
	 * @return the unit group, empty only for a concept of a coarser group
	 */
	public Optional<IscoGroup> unitGroup() {
		return (this.isco.level() == 4) ? Optional.of(this.isco) : Optional.empty();
	}

	/**
	 * The ISCO group at a level, e.g. 3 for the minor group.
	 * @param level 1 to 4
	 * @return the group, empty if this concept is coarser than that
	 */
	public Optional<IscoGroup> iscoAtLevel(int level) {
		for (IscoGroup group = this.isco; group != null; group = group.parent()) {
			if (group.level() == level) {
				return Optional.of(group);
			}
		}
		return Optional.empty();
	}

	@Override
	public boolean equals(@Nullable Object other) {
		return this == other || (other instanceof OccupationConcept concept && this.id.equals(concept.id));
	}

	@Override
	public int hashCode() {
		return this.id.hashCode();
	}

	@Override
	public String toString() {
		return this.id + " (" + this.labels.get(LabelLanguage.EN) + ", ISCO " + this.isco.code() + ")";
	}

}
