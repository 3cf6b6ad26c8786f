package io.arcticmatch.web.paging;

import org.jspecify.annotations.Nullable;

/**
 * Which page of a list a page shows. A page number that is missing, not a number or out
 * of range shows the nearest page that exists, never an error: such numbers come from
 * edited or outdated links.
 *
 * @param number the page shown, from 1
 * @param size how many items a page holds
 * @param total how many items the whole list holds
 */
public record Paging(int number, int size, long total) {

	public Paging {
		if (size < 1) {
			throw new IllegalArgumentException("A page holds 1 item or more, not " + size);
		}
		if (number < 1 || number > pageCount(size, total)) {
			throw new IllegalArgumentException("Page " + number + " is not one of the list's pages");
		}
	}

	/**
	 * @param requested the page number as the request gave it, if at all
	 * @param size how many items a page holds
	 * @param total how many items the whole list holds
	 * @return the requested page, or the nearest one that exists
	 */
	public static Paging of(@Nullable String requested, int size, long total) {
		int last = pageCount(size, total);
		int number = 1;
		if (requested != null) {
			try {
				number = Math.clamp(Long.parseLong(requested.strip()), 1, last);
			}
			catch (NumberFormatException notANumber) {
				// an edited link: the first page is the best guess of what was meant
				number = 1;
			}
		}
		return new Paging(number, size, total);
	}

	/**
	 * @return how many items come before this page
	 */
	public int offset() {
		return (this.number - 1) * this.size;
	}

	/**
	 * @return how many pages the list has; an empty list has one, empty, page
	 */
	public int pageCount() {
		return pageCount(this.size, this.total);
	}

	public boolean hasPrevious() {
		return this.number > 1;
	}

	public boolean hasNext() {
		return this.number < pageCount();
	}

	private static int pageCount(int size, long total) {
		return (int) Math.max(1, Math.ceilDiv(total, size));
	}

}
