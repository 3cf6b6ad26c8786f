/**
 * Finland. Työmarkkinatori's current Jobposting Search API (KEHA Centre, KIPA P67) has no
 * public schema and no public payload, so the adapter here reads the legacy TE-palvelut
 * tpt-api (Solr documents), its predecessor; a second Finnish adapter goes beside this
 * one when the current schema is known.
 */
@NullMarked
package io.arcticmatch.ingest.source.tyomarkkinatori;

import org.jspecify.annotations.NullMarked;
