package io.arcticmatch.web.jobs;

import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * The parts of the search page besides the form's own values.
 */
final class SearchPage {

	private SearchPage() {
	}

	/**
	 * One filter's values to pick from.
	 *
	 * @param parameter the search parameter the values are sent as
	 * @param options the values listed, most frequent first
	 * @param hidden how many less frequent values are not listed
	 * @param moreUrl the same search with this facet's values listed whole, or null when
	 * none is hidden
	 */
	public record FacetGroup(String parameter, List<FacetOption> options, int hidden, @Nullable String moreUrl) {

	}

	/**
	 * @param id the check box's id, for its label
	 * @param value the value as the parameter takes it
	 * @param label its name in the reader's language
	 * @param count how many results have it, as the page writes it, e.g. "(1 234)"
	 * @param selected whether the query keeps only it (or others of the group)
	 */
	public record FacetOption(String id, String value, String label, String count, boolean selected) {

	}

	/**
	 * A filter in force, with the address of the search without it.
	 *
	 * @param label what it keeps, e.g. "Country: Norway"
	 * @param removeUrl the same search without it
	 */
	public record ActiveFilter(String label, String removeUrl) {

	}

	/**
	 * A parameter that cannot be used, said in the reader's language.
	 *
	 * @param parameter the parameter, also the form field's id
	 * @param label the field's name
	 * @param message what is wrong
	 */
	public record Problem(String parameter, String label, String message) {

	}

	/**
	 * A link to another page of results.
	 *
	 * @param number the page number as people count, from 1
	 * @param url its address, or null for the page shown
	 */
	public record PageLink(int number, @Nullable String url) {

	}

}
