-- study and matchmaking trips: a coach's trip, its programme, hosts, sign-ups and meetings
create table trips_trip (
	id uuid primary key,
	title varchar(200) not null,
	description varchar(4000) not null default '',
	destination_place_id varchar(100) not null,
	starts_at timestamptz not null,
	ends_at timestamptz not null,
	time_zone varchar(64) not null,
	seats integer not null check (seats between 1 and 10000),
	signup_opens_at timestamptz not null,
	signup_closes_at timestamptz not null,
	eligibility varchar(16) not null check (eligibility in ('ANYONE_SIGNED_IN', 'LISTED')),
	-- a coaching group the trip is meant for, kept as text until coaching groups can be asked
	coaching_group_ref varchar(100),
	meeting_point varchar(300) not null default '',
	language varchar(8) not null check (language in ('nb', 'sv', 'fi', 'en')),
	organiser_id uuid references account (id) on delete set null,
	created_at timestamptz not null,
	reminder_sent_at timestamptz,
	check (ends_at > starts_at),
	check (signup_closes_at > signup_opens_at)
);

create index trips_trip_starts on trips_trip (starts_at);

create table trips_agenda_item (
	id bigint generated always as identity primary key,
	trip_id uuid not null references trips_trip (id) on delete cascade,
	starts_at timestamptz not null,
	text varchar(500) not null
);

create index trips_agenda_item_trip on trips_agenda_item (trip_id, starts_at);

create table trips_host (
	trip_id uuid not null references trips_trip (id) on delete cascade,
	employer_id uuid not null references account (id) on delete cascade,
	primary key (trip_id, employer_id)
);

create index trips_host_employer on trips_host (employer_id);

-- who may sign up when eligibility is LISTED, by e-mail so a list can name people before they register
create table trips_allowed_seeker (
	trip_id uuid not null references trips_trip (id) on delete cascade,
	email varchar(320) not null,
	primary key (trip_id, email)
);

-- arrival is the waiting list's order: an identity, so it follows commit order of the trip row lock
create table trips_signup (
	arrival bigint generated always as identity primary key,
	trip_id uuid not null references trips_trip (id) on delete cascade,
	seeker_id uuid not null references account (id) on delete cascade,
	status varchar(8) not null check (status in ('SEATED', 'WAITING')),
	needs varchar(1000) not null default '',
	motivation varchar(2000) not null default '',
	signed_up_at timestamptz not null,
	seated_at timestamptz,
	attendance varchar(8) check (attendance in ('PRESENT', 'ABSENT')),
	unique (trip_id, seeker_id)
);

create index trips_signup_queue on trips_signup (trip_id, status, arrival);
create index trips_signup_seeker on trips_signup (seeker_id);

-- the last line of defence: whatever the code does, a trip never has more seated than seats
create function trips_check_seats() returns trigger language plpgsql as $$
declare
	seated integer;
	capacity integer;
begin
	select seats into capacity from trips_trip where id = new.trip_id;
	select count(*) into seated from trips_signup where trip_id = new.trip_id and status = 'SEATED';
	if seated > capacity then
		raise exception 'trip % has % seated for % seats', new.trip_id, seated, capacity
			using errcode = 'check_violation';
	end if;
	return null;
end;
$$;

create trigger trips_signup_seats after insert or update of status on trips_signup
	for each row when (new.status = 'SEATED') execute function trips_check_seats();

-- a short meeting between a host employer and a participant; slots lie on a grid from the trip's
-- start, so equal start times are what a double booking looks like
create table trips_meeting_slot (
	id bigint generated always as identity primary key,
	trip_id uuid not null references trips_trip (id) on delete cascade,
	employer_id uuid not null references account (id) on delete cascade,
	seeker_id uuid not null references account (id) on delete cascade,
	starts_at timestamptz not null,
	minutes integer not null check (minutes between 5 and 120),
	booked_at timestamptz not null,
	unique (trip_id, employer_id, starts_at),
	unique (trip_id, seeker_id, starts_at)
);

create index trips_meeting_slot_seeker on trips_meeting_slot (seeker_id);

-- the secret in a person's calendar feed address
create table trips_calendar_token (
	account_id uuid primary key references account (id) on delete cascade,
	token varchar(64) not null unique,
	created_at timestamptz not null
);
