/**
 * The page header's menu: which links the one who looks gets, worked out once per request
 * rather than by the templates.
 */
@NullMarked
package io.arcticmatch.web.menu;

import org.jspecify.annotations.NullMarked;
