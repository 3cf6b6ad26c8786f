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
 * TODO withdrawals: tpt-api has no change feed and no withdrawal marker; an ad that is
 * withdrawn just stops being listed, and the TE converter has no payload that means
 * "withdrawn" (it reads ads only). Until reconciliation exists (after a complete listing,
 * withdraw the ads of this source the listing no longer has, through a withdrawal the
 * pipeline understands), ads the listing drops stay in the index.
 */
@NullMarked
package io.arcticmatch.ingest.source.tyomarkkinatori;

import org.jspecify.annotations.NullMarked;
