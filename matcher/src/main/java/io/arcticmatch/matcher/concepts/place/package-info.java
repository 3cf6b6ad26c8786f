/**
 * Places: the countries, regions (fylke, län, maakunta) and municipalities of Norway,
 * Sweden and Finland with coordinates, a name lookup across the languages of the north,
 * and great-circle distances across borders.
 */
@NullMarked
package io.arcticmatch.matcher.concepts.place;

import org.jspecify.annotations.NullMarked;
