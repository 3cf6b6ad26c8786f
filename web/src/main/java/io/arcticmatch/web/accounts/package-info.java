/**
 * Who may do what: accounts with one role each, sign-up for job seekers, sign-in, the
 * first administrator, and the access rule of every route.
 */
@NullMarked
package io.arcticmatch.web.accounts;

import org.jspecify.annotations.NullMarked;
