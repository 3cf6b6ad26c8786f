package io.arcticmatch.matcher.concepts.occupation;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import io.arcticmatch.matcher.concepts.core.LabelLanguage;
import io.arcticmatch.matcher.concepts.core.Labels;
import org.jspecify.annotations.Nullable;

/**
 * An ISCO-08 group with its labels and its parent group.
 *
 * @param code the code
 * @param labels English (ILO/ESCO), Swedish (ESCO) and Norwegian (STYRK-08 title) labels
 * where the data has them
 * @param parent the group one level up, null for a major group
 */
public record IscoGroup(IscoCode code, Labels labels, @Nullable IscoGroup parent) {

	/**
	 * The level: 1 major, 2 sub-major, 3 minor, 4 unit group.
	 * @return the level
	 */
	public int level() {
		return this.code.level();
	}

	/**
	 * This group and its ancestors, from the major group down to this one.
	 * @return the path, e.g. 2, 22, 222, 2221
	 */
	public List<IscoGroup> path() {
		List<IscoGroup> path = new ArrayList<>(4);
		for (IscoGroup group = this; group != null; group = group.parent()) {
			path.add(group);
		}
		Collections.reverse(path);
		return List.copyOf(path);
	}

	@Override
	public boolean equals(@Nullable Object other) {
		return this == other || (other instanceof IscoGroup group && this.code.equals(group.code));
	}

	@Override
	public int hashCode() {
		return this.code.hashCode();
	}

	@Override
	public String toString() {
		return "ISCO-08 " + this.code + " " + this.labels.get(LabelLanguage.EN);
	}

}
