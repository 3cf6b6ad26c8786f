-- mentor programme: volunteers in work offer to mentor newcomers; a coordinator approves them
create table mentors_mentor (
	account_id uuid primary key references account (id) on delete cascade,
	-- comma-separated occupation concept ids
	occupations varchar(2000) not null,
	-- comma-separated ISO 639 codes
	languages varchar(200) not null,
	place_id varchar(64),
	place_name varchar(200) not null,
	hours_per_month integer not null check (hours_per_month between 1 and 40),
	about varchar(1000) not null,
	status varchar(16) not null check (status in ('PENDING', 'APPROVED', 'DECLINED')),
	registered_at timestamptz not null,
	decided_at timestamptz,
	decided_by uuid references account (id) on delete set null
);

create table mentors_request (
	id uuid primary key,
	mentee uuid not null references account (id) on delete cascade,
	wishes varchar(1000) not null,
	status varchar(16) not null check (status in ('OPEN', 'PAIRED', 'WITHDRAWN')),
	created_at timestamptz not null
);

-- at most one open or paired request per mentee
create unique index mentors_request_one_live on mentors_request (mentee) where status in ('OPEN', 'PAIRED');

create table mentors_pair (
	id uuid primary key,
	request_id uuid not null references mentors_request (id) on delete cascade,
	mentor uuid not null references account (id) on delete cascade,
	mentee uuid not null references account (id) on delete cascade,
	-- PROPOSED: confirmed by the coordinator, waiting for the mentee; ACTIVE once the mentee accepts
	status varchar(16) not null check (status in ('PROPOSED', 'ACTIVE', 'ENDED')),
	goals varchar(2000) not null default '',
	confirmed_by uuid references account (id) on delete set null,
	confirmed_at timestamptz not null,
	accepted_at timestamptz,
	ended_at timestamptz,
	ended_by uuid references account (id) on delete set null,
	end_reason varchar(1000)
);

create index mentors_pair_mentor on mentors_pair (mentor);
create index mentors_pair_mentee on mentors_pair (mentee);

create table mentors_meeting (
	id uuid primary key,
	pair_id uuid not null references mentors_pair (id) on delete cascade,
	met_on date not null,
	note varchar(2000) not null,
	logged_by uuid references account (id) on delete set null,
	logged_at timestamptz not null
);

-- programme gatherings, seminars and 'new here' meeting places
create table mentors_event (
	id uuid primary key,
	kind varchar(16) not null check (kind in ('GATHERING', 'SEMINAR', 'MEETING_PLACE')),
	title varchar(200) not null,
	description varchar(2000) not null,
	place varchar(200) not null,
	starts_at timestamptz not null,
	capacity integer not null check (capacity > 0),
	created_by uuid references account (id) on delete set null,
	created_at timestamptz not null
);

create table mentors_event_signup (
	sequence bigint generated always as identity,
	event_id uuid not null references mentors_event (id) on delete cascade,
	account_id uuid not null references account (id) on delete cascade,
	status varchar(16) not null check (status in ('CONFIRMED', 'WAITING')),
	signed_up_at timestamptz not null,
	primary key (event_id, account_id)
);
