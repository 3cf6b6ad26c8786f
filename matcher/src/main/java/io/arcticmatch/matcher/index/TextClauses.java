package io.arcticmatch.matcher.index;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Set;

import io.arcticmatch.matcher.posting.JobPosting;
import io.arcticmatch.matcher.posting.PostingOccupation;

/**
 * Which clauses a search text and a "similar jobs" request need, with which scores,
 * written once for both stores. Each store only says how to write the three kinds of
 * clause in its own query language.
 *
 * @param <Q> the store's query type
 */
public interface TextClauses<Q> {

	/** The ISCO-08 minor group of a unit group code, for similar jobs. */
	int MINOR_GROUP_DIGITS = 3;

	/** A posting of the same minor group is a little similar. */
	float SAME_MINOR_GROUP_SCORE = 1f;

	/**
	 * @param text words in the simple query syntax
	 * @return postings with all the words in their text fields, weighted by field
	 */
	Q allWords(String text);

	/**
	 * @param title a posting's title, read as plain words (no query syntax)
	 * @return postings with any of its words in their titles
	 */
	Q anyTitleWord(String title);

	/**
	 * @param field a keyword field
	 * @param values its values, at least one
	 * @param score what a match scores, whatever the value
	 * @return postings with any of the values
	 */
	Q anyValue(String field, Collection<String> values, float score);

	/**
	 * @param alternatives clauses, at least one
	 * @return postings matching at least one; the scores of those matched add up
	 */
	Q anyOf(List<Q> alternatives);

	/**
	 * @param constantScore the score of any match
	 * @param query the query
	 * @return the query's matches, each scoring the constant
	 */
	Q constant(Q query, float constantScore);

	/**
	 * Words match in the text; a named occupation or place matches by text or by concept,
	 * whatever the language of the ad.
	 * @param part a part of a search text
	 * @return the clause that part must match
	 */
	default Q clauseFor(InterpretedText.Part part) {
		return switch (part) {
			case InterpretedText.Words words -> allWords(words.text());
			case InterpretedText.Occupation occupation -> {
				List<Q> alternatives = new ArrayList<>(3);
				alternatives.add(allWords(occupation.text()));
				alternatives.add(anyValue(PostingFields.OCCUPATION, occupation.occupationIds(),
						PostingFields.SAME_OCCUPATION_SCORE));
				if (!occupation.iscoUnitGroups().isEmpty()) {
					alternatives.add(anyValue(PostingFields.ISCO_UNIT, occupation.iscoUnitGroups(),
							PostingFields.SAME_ISCO_GROUP_SCORE));
				}
				yield anyOf(alternatives);
			}
			case InterpretedText.Place place -> anyOf(List.of(allWords(place.text()),
					anyValue(PostingFields.PLACE, place.placeIds(), PostingFields.NAMED_PLACE_SCORE)));
		};
	}

	/**
	 * The same occupation scores most, then the same unit group, then the same minor
	 * group; a shared title word adds a constant (so a rare word never outranks the
	 * occupation) and finds postings without an occupation.
	 * @param posting the posting to find others like
	 * @return the clause similar postings match, best first by score
	 */
	default Q likeThis(JobPosting posting) {
		List<Q> alternatives = new ArrayList<>(4);
		PostingOccupation occupation = posting.occupation();
		if (occupation != null) {
			alternatives.add(anyValue(PostingFields.OCCUPATION, Set.of(occupation.conceptId()),
					PostingFields.SAME_OCCUPATION_SCORE));
			String code = occupation.iscoCode();
			if (code.length() == MINOR_GROUP_DIGITS + 1) {
				alternatives.add(anyValue(PostingFields.ISCO_UNIT, Set.of(code), PostingFields.SAME_ISCO_GROUP_SCORE));
			}
			if (code.length() >= MINOR_GROUP_DIGITS) {
				alternatives.add(anyValue(PostingFields.ISCO, Set.of(code.substring(0, MINOR_GROUP_DIGITS)),
						SAME_MINOR_GROUP_SCORE));
			}
		}
		alternatives.add(constant(anyTitleWord(posting.title()), PostingFields.SIMILAR_TITLE_SCORE));
		return anyOf(alternatives);
	}

}
