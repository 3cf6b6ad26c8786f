/**
 * The four languages of the pages (Norwegian bokmål, Swedish, Finnish, English): which
 * one a visitor gets, how they switch, and how the choice is remembered.
 */
@NullMarked
package io.arcticmatch.web.i18n;

import org.jspecify.annotations.NullMarked;
