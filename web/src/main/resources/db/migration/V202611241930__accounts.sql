create table account (
	id uuid primary key,
	email varchar(320) not null,
	display_name varchar(200) not null,
	password_hash varchar(200) not null,
	role varchar(16) not null check (role in ('SEEKER', 'COACH', 'EMPLOYER', 'ADMIN')),
	created_at timestamptz not null
);

-- one account per address, whatever its case
create unique index account_email_key on account (lower(email));
