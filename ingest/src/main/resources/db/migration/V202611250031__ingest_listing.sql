-- Sources without a change feed (the Finnish tpt-api listing) are read whole, run after run. An
-- ad that a complete listing no longer has was withdrawn: when each listing began, and when each
-- ad was last listed, tell which.
create table ingest_listing (
	source varchar(32) primary key,
	started_at timestamptz not null
);

create table ingest_listed_ad (
	source varchar(32) not null,
	source_id varchar(200) not null,
	listed_at timestamptz not null,
	primary key (source, source_id)
);
