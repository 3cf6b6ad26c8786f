-- Every posting the index stage has seen, with what duplicates are found by, and the posting of
-- its group that is in the index (its own id when it is that one). A group keeps every source's
-- link; the normalised posting is kept so that another member can take the group's place in the
-- index when the one there is withdrawn.
create table ingest_posting_register (
	posting_id varchar(240) primary key,
	source varchar(32) not null,
	-- employer without legal form, and place: only postings sharing it are compared
	block_key text not null,
	title_words text[] not null,
	-- hashes of the text's word triples, sorted
	shingles integer[] not null,
	canonical_id varchar(240) not null,
	source_url text,
	posting text not null,
	registered_at timestamptz not null
);

create index ingest_posting_register_canonical_by_block on ingest_posting_register (block_key)
	where posting_id = canonical_id;
create index ingest_posting_register_group on ingest_posting_register (canonical_id);
