-- the postings a job seeker marked as favourite; the posting may since have left the index,
-- so posting_id is not a foreign key
create table jobs_favourite (
	account_id uuid not null references account (id) on delete cascade,
	posting_id varchar(300) not null,
	created_at timestamptz not null,
	primary key (account_id, posting_id)
);

create index jobs_favourite_newest on jobs_favourite (account_id, created_at desc);
