-- Employers: organisations, their users, their openings and the invitations they send

create table employers_employer (
	id uuid primary key,
	name varchar(200) not null,
	country varchar(2) not null check (country in ('NO', 'SE', 'FI')),
	org_number varchar(20) not null,
	status varchar(16) not null check (status in ('PENDING', 'APPROVED', 'REJECTED')),
	rejection_reason varchar(1000),
	language varchar(8) not null,
	registered_at timestamptz not null,
	decided_at timestamptz,
	unique (country, org_number)
);

-- an employer user belongs to exactly one organisation
create table employers_member (
	account_id uuid primary key references account (id) on delete cascade,
	employer_id uuid not null references employers_employer (id) on delete cascade,
	joined_at timestamptz not null
);

create index employers_member_employer on employers_member (employer_id);

create table employers_colleague_invitation (
	token varchar(64) primary key,
	employer_id uuid not null references employers_employer (id) on delete cascade,
	email varchar(320) not null,
	invited_by uuid references account (id) on delete set null,
	created_at timestamptz not null,
	expires_at timestamptz not null,
	accepted_at timestamptz
);

create table employers_opening (
	id uuid primary key,
	employer_id uuid not null references employers_employer (id) on delete cascade,
	created_by uuid references account (id) on delete set null,
	status varchar(16) not null check (status in ('OPEN', 'CLOSED', 'EXPIRED')),
	version bigint not null,
	title varchar(200) not null,
	details jsonb not null,
	deadline timestamptz,
	published_at timestamptz not null,
	updated_at timestamptz not null,
	reminded_at timestamptz,
	views bigint not null default 0
);

create index employers_opening_employer on employers_opening (employer_id, updated_at desc);
create index employers_opening_deadline on employers_opening (deadline) where status = 'OPEN';

create table employers_candidate_invitation (
	id uuid primary key,
	opening_id uuid not null references employers_opening (id) on delete cascade,
	seeker_id uuid not null references account (id) on delete cascade,
	invited_by uuid references account (id) on delete set null,
	message varchar(2000),
	invited_at timestamptz not null,
	answer varchar(8) check (answer in ('YES', 'NO')),
	answer_message varchar(2000),
	answered_at timestamptz,
	unique (opening_id, seeker_id)
);

create index employers_candidate_invitation_seeker on employers_candidate_invitation (seeker_id, invited_at desc);
