package io.arcticmatch.ingest.duplicates;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

import io.arcticmatch.matcher.posting.JobPosting;
import io.arcticmatch.matcher.posting.PostingPlace;
import org.jsoup.Jsoup;

/**
 * What two postings are compared by: a block key (employer and place, normalised) that
 * only possible duplicates share, the title's words, and hashes of the text's three-word
 * shingles.
 *
 * @param blockKey employer without its legal form, and the most precise place known
 * @param titleWords the title's words, normalised
 * @param shingles the sorted, distinct hashes of the text's word triples
 */
record PostingFingerprint(String blockKey, Set<String> titleWords, int[] shingles) {

	/** Titles this alike (Jaccard of their words) name the same job. */
	static final double SAME_TITLE = 0.75;

	/** Texts this alike (Jaccard of their shingles) are the same ad. */
	static final double SAME_TEXT = 0.5;

	/**
	 * A text with fewer shingles says too little to compare; the titles must then be
	 * equal.
	 */
	static final int TOO_SHORT_TO_COMPARE = 15;

	private static final Pattern NOT_A_WORD = Pattern.compile("[^\\p{L}\\p{N}]+");

	private static final Pattern MARKS = Pattern.compile("\\p{M}+");

	/** Legal forms that one source writes and another leaves out. */
	private static final Set<String> LEGAL_FORMS = Set.of("as", "asa", "ab", "publ", "oy", "oyj", "ky", "tmi", "ltd",
			"aps", "sa", "gmbh", "ba", "da", "ans", "hb", "kb", "rf", "ry");

	static PostingFingerprint of(JobPosting posting) {
		List<String> employer = new ArrayList<>(words(posting.employer()));
		employer.removeIf(LEGAL_FORMS::contains);
		String blockKey = String.join(" ", employer) + "|" + placeKey(posting.place());
		return new PostingFingerprint(blockKey, new LinkedHashSet<>(words(posting.title())),
				shingles(words(Jsoup.parse(posting.description()).text())));
	}

	/**
	 * @return whether the other posting is the same job, as far as titles and texts tell
	 */
	boolean sameJobAs(PostingFingerprint other) {
		if (!this.blockKey.equals(other.blockKey)) {
			return false;
		}
		if (this.shingles.length < TOO_SHORT_TO_COMPARE || other.shingles.length < TOO_SHORT_TO_COMPARE) {
			return this.titleWords.equals(other.titleWords);
		}
		return jaccard(this.titleWords, other.titleWords) >= SAME_TITLE
				&& jaccard(this.shingles, other.shingles) >= SAME_TEXT;
	}

	private static String placeKey(PostingPlace place) {
		String country = place.country().name();
		if (place.municipalityCode() != null) {
			return country + ":" + place.municipalityCode();
		}
		if (place.regionCode() != null) {
			return country + ":region:" + place.regionCode();
		}
		return country;
	}

	static List<String> words(String text) {
		String folded = MARKS.matcher(Normalizer.normalize(text.toLowerCase(Locale.ROOT), Normalizer.Form.NFKD))
			.replaceAll("")
			.replace('ø', 'o')
			.replace("æ", "ae")
			.replace('ð', 'd')
			.replace("þ", "th");
		return Arrays.stream(NOT_A_WORD.split(folded)).filter((word) -> !word.isEmpty()).toList();
	}

	private static int[] shingles(List<String> words) {
		if (words.size() < 3) {
			return new int[0];
		}
		int[] hashes = new int[words.size() - 2];
		for (int i = 0; i < hashes.length; i++) {
			hashes[i] = (words.get(i) + ' ' + words.get(i + 1) + ' ' + words.get(i + 2)).hashCode();
		}
		return Arrays.stream(hashes).sorted().distinct().toArray();
	}

	private static double jaccard(Set<String> left, Set<String> right) {
		if (left.isEmpty() && right.isEmpty()) {
			return 1;
		}
		long shared = left.stream().filter(right::contains).count();
		return (double) shared / (left.size() + right.size() - shared);
	}

	/**
	 * Jaccard of two sorted arrays of distinct values, by merging them.
	 */
	static double jaccard(int[] left, int[] right) {
		int shared = 0;
		int i = 0;
		int j = 0;
		while (i < left.length && j < right.length) {
			if (left[i] == right[j]) {
				shared++;
				i++;
				j++;
			}
			else if (left[i] < right[j]) {
				i++;
			}
			else {
				j++;
			}
		}
		int union = left.length + right.length - shared;
		return (union == 0) ? 1 : (double) shared / union;
	}

}
