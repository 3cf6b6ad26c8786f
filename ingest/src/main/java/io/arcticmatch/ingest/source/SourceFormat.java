package io.arcticmatch.ingest.source;

/**
 * The shape of one fetched payload. Each format has exactly one {@link PostingConverter}.
 */
public enum SourceFormat {

	/**
	 * NAV pam-stilling-feed {@code /api/v1/feedentry/{uuid}}: {uuid, status, sistEndret,
	 * ad_content}.
	 */
	NAV_FEED_ENTRY("nav"),

	/** NAV's internal pam-ad JSON, the record the feed is built from. */
	NAV_INTERNAL_AD("nav"),

	/**
	 * One JobTech (Arbetsförmedlingen) ad object or removed-ad stub, JobStream or
	 * JobSearch.
	 */
	JOBTECH_AD("jobtech"),

	/**
	 * One Solr document of the legacy TE-palvelut tpt-api, predecessor of
	 * Työmarkkinatori.
	 */
	TE_TPT_DOC("tyomarkkinatori"),

	/** An ad an employer entered on Arctic Match itself. */
	DIRECT("direct");

	private final String source;

	SourceFormat(String source) {
		this.source = source;
	}

	/**
	 * The {@link io.arcticmatch.matcher.posting.PostingId#source() posting source} of ads
	 * in this format.
	 * @return e.g. {@code nav}
	 */
	public String source() {
		return this.source;
	}

}
