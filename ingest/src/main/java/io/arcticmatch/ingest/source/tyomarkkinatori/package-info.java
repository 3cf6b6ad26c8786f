/**
 * Finland. Työmarkkinatori's current Jobposting Search API (KEHA Centre, KIPA P67) has no
 * public schema and no public payload, so the adapter here reads the legacy TE-palvelut
 * tpt-api (Solr documents), its predecessor; a second Finnish adapter goes beside this
 * one when the current schema is known.
 * <p>
 * {@link io.arcticmatch.ingest.source.tyomarkkinatori.TeTptFetcher} reads the legacy
 * listing; the adapter for Työmarkkinatori's credentialed API (KIPA P67, header
 * {@code KIPA-Subscription-Key}, credentials tied to a Finnish business ID) goes beside
 * it, with a fetcher of its own, once KEHA's schema is known.
 * <p>
 * Withdrawals: tpt-api has no change feed and no withdrawal marker; a withdrawn ad just
 * stops being listed. After each complete listing the fetcher withdraws, through the
 * pipeline, the ads of this source the listing no longer had (see
 * {@link io.arcticmatch.ingest.source.tyomarkkinatori.TeTptFetcher}).
 */
@NullMarked
package io.arcticmatch.ingest.source.tyomarkkinatori;

import org.jspecify.annotations.NullMarked;
