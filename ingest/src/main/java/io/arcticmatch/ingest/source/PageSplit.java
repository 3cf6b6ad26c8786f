package io.arcticmatch.ingest.source;

import java.util.List;
import java.util.Objects;

import org.jspecify.annotations.Nullable;

/**
 * A page of several ads (a feed page, a search result, a stream) cut into single items.
 * One bad item does not spoil the page: it becomes a {@link Conversion.Rejected} and the
 * rest goes on. A page that cannot be read at all is {@link Malformed}.
 *
 * @param <T> what one item is, usually a {@link RawPosting}
 */
public sealed interface PageSplit<T> {

	/**
	 * The page was read.
	 *
	 * @param items the items in page order
	 * @param rejected items that could not even be cut out, with the reason
	 * @param next where the source says the next page is (NAV's {@code next_url}), if it
	 * says
	 * @param <T> what one item is
	 */
	record Split<T>(List<T> items, List<Conversion.Rejected> rejected, @Nullable String next) implements PageSplit<T> {

		public Split {
			items = List.copyOf(items);
			rejected = List.copyOf(rejected);
		}

	}

	/**
	 * The page as a whole could not be read; the fetcher should retry or alert.
	 *
	 * @param reason what is wrong with the page
	 * @param <T> what one item would have been
	 */
	record Malformed<T>(String reason) implements PageSplit<T> {

		public Malformed {
			Objects.requireNonNull(reason, "reason");
		}

	}

}
