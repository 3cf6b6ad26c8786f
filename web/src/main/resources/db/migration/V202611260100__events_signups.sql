-- events with sign-up, for every feature: trips and the mentor programme's gatherings keep their own
-- details under the same id and share these seats, waiting lists and attendance
create table events_event (
	id uuid primary key,
	-- the feature that opened the event and keeps its details: 'trips', 'mentors'
	owner varchar(32) not null,
	capacity integer not null check (capacity between 1 and 10000),
	starts_at timestamptz not null,
	signup_opens_at timestamptz not null,
	signup_closes_at timestamptz not null,
	created_at timestamptz not null,
	check (signup_closes_at > signup_opens_at)
);

create index events_event_owner on events_event (owner, starts_at);

-- arrival is the waiting list's order: an identity, so it follows commit order of the event row lock
create table events_signup (
	arrival bigint generated always as identity primary key,
	event_id uuid not null references events_event (id) on delete cascade,
	account_id uuid not null references account (id) on delete cascade,
	status varchar(8) not null check (status in ('SEATED', 'WAITING')),
	needs varchar(1000) not null default '',
	motivation varchar(2000) not null default '',
	signed_up_at timestamptz not null,
	seated_at timestamptz,
	attendance varchar(8) check (attendance in ('PRESENT', 'ABSENT')),
	unique (event_id, account_id)
);

create index events_signup_queue on events_signup (event_id, status, arrival);
create index events_signup_account on events_signup (account_id);

-- the last line of defence: whatever the code does, an event never has more seated than seats
create function events_check_seats() returns trigger language plpgsql as $$
declare
	seated integer;
	seats integer;
begin
	select capacity into seats from events_event where id = new.event_id;
	select count(*) into seated from events_signup where event_id = new.event_id and status = 'SEATED';
	if seated > seats then
		raise exception 'event % has % seated for % seats', new.event_id, seated, seats
			using errcode = 'check_violation';
	end if;
	return null;
end;
$$;

create trigger events_signup_seats after insert or update of status on events_signup
	for each row when (new.status = 'SEATED') execute function events_check_seats();

-- trips: seats and sign-up window move to the event; sign-ups keep their arrival numbers
insert into events_event (id, owner, capacity, starts_at, signup_opens_at, signup_closes_at, created_at)
	select id, 'trips', seats, starts_at, signup_opens_at, signup_closes_at, created_at from trips_trip;

insert into events_signup (arrival, event_id, account_id, status, needs, motivation, signed_up_at, seated_at,
		attendance) overriding system value
	select arrival, trip_id, seeker_id, status, needs, motivation, signed_up_at, seated_at, attendance
	from trips_signup order by arrival;

select setval(pg_get_serial_sequence('events_signup', 'arrival'),
	coalesce((select max(arrival) from events_signup), 0) + 1, false);

-- mentoring events: sign-up was open from creation to the start; the waiting list keeps its order
insert into events_event (id, owner, capacity, starts_at, signup_opens_at, signup_closes_at, created_at)
	select id, 'mentors', capacity, starts_at, least(created_at, starts_at - interval '1 minute'), starts_at, created_at
	from mentors_event;

insert into events_signup (event_id, account_id, status, signed_up_at, seated_at)
	select event_id, account_id, case status when 'CONFIRMED' then 'SEATED' else 'WAITING' end, signed_up_at,
		case status when 'CONFIRMED' then signed_up_at end
	from mentors_event_signup order by sequence;

drop table trips_signup;
drop function trips_check_seats();
alter table trips_trip drop column seats, drop column signup_opens_at, drop column signup_closes_at;
alter table trips_trip add constraint trips_trip_event foreign key (id) references events_event (id) on delete cascade;

drop table mentors_event_signup;
alter table mentors_event drop column starts_at, drop column capacity;
alter table mentors_event add constraint mentors_event_event foreign key (id) references events_event (id)
	on delete cascade;
