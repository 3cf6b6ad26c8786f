-- Every payload a source fetched, verbatim, from the moment it is fetched until it is indexed,
-- withdrawn or rejected: the outbox between fetching and the pipeline, and the record a fixed
-- converter can replay.
create table ingest_raw_posting (
	id bigserial primary key,
	source varchar(32) not null,
	source_id varchar(200) not null,
	format varchar(32) not null,
	payload text not null,
	payload_sha256 char(64) not null,
	fetched_at timestamptz not null,
	-- set when the bus has taken it; rows without it are published (again) by the relay
	handed_on_at timestamptz,
	-- set when the indexer is done with it
	processed_at timestamptz,
	outcome varchar(16) check (outcome in ('INDEXED', 'WITHDRAWN', 'REJECTED')),
	-- the same version fetched twice is kept once
	unique (source, source_id, payload_sha256)
);

create index ingest_raw_posting_not_handed_on on ingest_raw_posting (id) where handed_on_at is null;

-- Where each source's next fetch starts; advanced in the same transaction as the raw postings
-- fetched up to it, so a crash re-fetches and never skips.
create table ingest_checkpoint (
	source varchar(32) primary key,
	position text,
	etag text,
	last_modified text,
	advanced_at timestamptz not null
);

-- Payloads that could not be read as ads, with the reason, for administrators.
create table ingest_rejected_posting (
	id bigserial primary key,
	raw_posting_id bigint references ingest_raw_posting (id) on delete cascade,
	source varchar(32) not null,
	source_id varchar(200) not null,
	reason text not null,
	rejected_at timestamptz not null
);

create index ingest_rejected_posting_by_time on ingest_rejected_posting (rejected_at desc);
