/**
 * Driving-licence classes: the EU categories of Directive 2006/126/EC, code 96 (B96), and
 * the national classes in the data.
 */
@NullMarked
package io.arcticmatch.matcher.concepts.licence;

import org.jspecify.annotations.NullMarked;
