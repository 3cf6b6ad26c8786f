/**
 * Saved searches with alert mails: a job seeker keeps a search of the search page and
 * gets, daily or weekly, the postings that are new or changed since the last mail, never
 * one already sent, with a one-click unsubscribe link.
 */
@NullMarked
package io.arcticmatch.web.alerts;

import org.jspecify.annotations.NullMarked;
