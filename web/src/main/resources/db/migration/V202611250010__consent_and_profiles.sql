-- every giving and withdrawing of consent, kept; the latest per purpose holds
create table consent_change (
	sequence bigint generated always as identity primary key,
	account_id uuid not null references account (id) on delete cascade,
	purpose varchar(32) not null check (purpose in ('COACHES', 'EMPLOYERS')),
	given boolean not null,
	changed_at timestamptz not null
);

create index consent_change_account on consent_change (account_id, purpose, changed_at);

-- a job seeker's profile as the matcher reads it (matcher's SeekerProfile as JSON)
create table seeker_profile (
	account_id uuid primary key references account (id) on delete cascade,
	profile jsonb not null,
	updated_at timestamptz not null
);
