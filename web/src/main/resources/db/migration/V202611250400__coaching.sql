-- coaching groups: a coach (or several) follows a group of job seekers
create table coaching_group (
	id uuid primary key,
	name varchar(200) not null,
	description varchar(4000) not null,
	languages varchar(8)[] not null,
	starts_on date not null,
	ends_on date not null,
	target_countries varchar(2)[] not null,
	created_at timestamptz not null,
	check (ends_on >= starts_on)
);

create table coaching_coach (
	group_id uuid not null references coaching_group (id) on delete cascade,
	coach_id uuid not null references account (id) on delete cascade,
	added_at timestamptz not null,
	primary key (group_id, coach_id)
);

create index coaching_coach_coach on coaching_coach (coach_id);

create table coaching_member (
	group_id uuid not null references coaching_group (id) on delete cascade,
	seeker_id uuid not null references account (id) on delete cascade,
	joined_at timestamptz not null,
	primary key (group_id, seeker_id)
);

create index coaching_member_seeker on coaching_member (seeker_id);

-- an invitation by e-mail; the token is the secret the link carries
create table coaching_invitation (
	token varchar(64) primary key,
	group_id uuid not null references coaching_group (id) on delete cascade,
	email varchar(320) not null,
	invited_by uuid references account (id) on delete set null,
	created_at timestamptz not null,
	expires_at timestamptz not null,
	accepted_by uuid references account (id) on delete cascade,
	accepted_at timestamptz
);

create index coaching_invitation_group on coaching_invitation (group_id);

-- the local date and time of the meeting's place, as the coach planned it
create table coaching_session (
	id uuid primary key,
	group_id uuid not null references coaching_group (id) on delete cascade,
	starts_at timestamp not null,
	place varchar(300) not null,
	online_link varchar(500) not null,
	topic varchar(300) not null,
	note varchar(8000) not null,
	created_at timestamptz not null
);

create index coaching_session_group on coaching_session (group_id, starts_at);

create table coaching_attendance (
	session_id uuid not null references coaching_session (id) on delete cascade,
	seeker_id uuid not null references account (id) on delete cascade,
	status varchar(8) not null check (status in ('PRESENT', 'ABSENT', 'EXCUSED')),
	primary key (session_id, seeker_id)
);

create index coaching_attendance_seeker on coaching_attendance (seeker_id);

create table coaching_goal (
	id uuid primary key,
	group_id uuid not null,
	seeker_id uuid not null,
	title varchar(300) not null,
	due_on date,
	status varchar(12) not null check (status in ('OPEN', 'IN_PROGRESS', 'DONE', 'DROPPED')),
	created_at timestamptz not null,
	foreign key (group_id, seeker_id) references coaching_member (group_id, seeker_id) on delete cascade
);

-- private follow-up notes: for the group's coaches only
create table coaching_note (
	id uuid primary key,
	group_id uuid not null,
	seeker_id uuid not null,
	author_id uuid references account (id) on delete set null,
	text varchar(8000) not null,
	created_at timestamptz not null,
	foreign key (group_id, seeker_id) references coaching_member (group_id, seeker_id) on delete cascade
);

create table coaching_outcome (
	id uuid primary key,
	group_id uuid not null,
	seeker_id uuid not null,
	kind varchar(12) not null check (kind in ('APPLICATION', 'INTERVIEW', 'JOB_OFFER', 'HIRE')),
	employer varchar(200) not null,
	country varchar(2) not null check (country in ('NO', 'SE', 'FI')),
	occurred_on date not null,
	entered_by uuid references account (id) on delete set null,
	created_at timestamptz not null,
	foreign key (group_id, seeker_id) references coaching_member (group_id, seeker_id) on delete cascade
);

create index coaching_goal_member on coaching_goal (group_id, seeker_id);
create index coaching_note_member on coaching_note (group_id, seeker_id);
create index coaching_outcome_member on coaching_outcome (group_id, seeker_id);
