/**
 * Paging of long lists on the server-rendered pages:
 * {@link io.arcticmatch.web.paging.Paging} reads the requested page leniently and keeps
 * it within the list, and the template fragment {@code fragments/pager} renders the links
 * to the other pages.
 */
@NullMarked
package io.arcticmatch.web.paging;

import org.jspecify.annotations.NullMarked;
