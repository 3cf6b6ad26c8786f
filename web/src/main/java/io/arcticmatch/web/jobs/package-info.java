/**
 * The job seeker's job pages: the search page over the posting index with facets, the job
 * page with its sanitised ad, sources, explanation and similar jobs, and favourites. The
 * search page takes exactly the parameters of the search API, so a page's address and an
 * API call are interchangeable.
 */
@NullMarked
package io.arcticmatch.web.jobs;

import org.jspecify.annotations.NullMarked;
