package io.arcticmatch.ingest.source.parse;

import java.util.ArrayList;
import java.util.List;

/**
 * The notes of what one conversion guessed. One instance per conversion, never shared.
 */
public final class Guesses {

	private final List<String> notes = new ArrayList<>();

	/**
	 * @param note a sentence a person understands, naming the field and the value
	 */
	public void add(String note) {
		if (!this.notes.contains(note)) {
			this.notes.add(note);
		}
	}

	/**
	 * @return the notes so far, in the order they were made
	 */
	public List<String> list() {
		return List.copyOf(this.notes);
	}

}
