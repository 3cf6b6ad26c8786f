package io.arcticmatch.matcher.index;

import java.util.List;
import java.util.Set;

/**
 * A search text split into plain words and the concepts it names. Each part must match:
 * words by text, a concept by text or by the concept itself.
 *
 * @param parts the parts in the order of the text
 */
public record InterpretedText(List<Part> parts) {

	public InterpretedText {
		parts = List.copyOf(parts);
	}

	public boolean isEmpty() {
		return this.parts.isEmpty();
	}

	/**
	 * A part of the text.
	 */
	public sealed interface Part permits Words, Occupation, Place {

		/**
		 * @return the words of the text this part stands for
		 */
		String text();

	}

	/**
	 * Words to find in the postings' text.
	 *
	 * @param text the words
	 */
	public record Words(String text) implements Part {
	}

	/**
	 * An occupation title, in any language.
	 *
	 * @param text the title as typed
	 * @param occupationIds the occupation concepts with this title
	 * @param iscoUnitGroups their ISCO-08 unit groups
	 */
	public record Occupation(String text, Set<String> occupationIds, Set<String> iscoUnitGroups) implements Part {

		public Occupation {
			occupationIds = Set.copyOf(occupationIds);
			iscoUnitGroups = Set.copyOf(iscoUnitGroups);
		}

	}

	/**
	 * A place name: a municipality, region or country.
	 *
	 * @param text the name as typed
	 * @param placeIds the places with this name
	 */
	public record Place(String text, Set<String> placeIds) implements Part {

		public Place {
			placeIds = Set.copyOf(placeIds);
		}

	}

}
