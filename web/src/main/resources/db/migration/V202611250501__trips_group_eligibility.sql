-- a trip may be open to the members of one coaching group (coaching_group_ref holds its id)
alter table trips_trip drop constraint trips_trip_eligibility_check;
alter table trips_trip add constraint trips_trip_eligibility_check
	check (eligibility in ('ANYONE_SIGNED_IN', 'LISTED', 'GROUP_MEMBERS'));
