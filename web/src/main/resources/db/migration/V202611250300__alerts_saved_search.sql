-- a job seeker's saved search and its alert mail
create table alerts_saved_search (
	id uuid primary key,
	account_id uuid not null references account (id) on delete cascade,
	name varchar(120) not null,
	-- the query string of the search page, e.g. q=sykepleier&country=NO
	query varchar(2000) not null,
	frequency varchar(8) not null check (frequency in ('DAILY', 'WEEKLY')),
	-- the language the alert mails are written in (a BCP 47 tag)
	locale varchar(35) not null,
	paused boolean not null default false,
	-- the secret of the unsubscribe link in every alert mail
	unsubscribe_token varchar(64) not null unique,
	created_at timestamptz not null,
	-- the last run that searched and, if it found anything, mailed it; null before the first
	last_run_at timestamptz,
	last_sent_at timestamptz
);

create index alerts_saved_search_account on alerts_saved_search (account_id, created_at);

-- which version of which posting an alert has mailed, so that it never mails it again unless it changed
create table alerts_sent_posting (
	saved_search_id uuid not null references alerts_saved_search (id) on delete cascade,
	posting_id varchar(300) not null,
	version varchar(64) not null,
	sent_at timestamptz not null,
	primary key (saved_search_id, posting_id)
);
