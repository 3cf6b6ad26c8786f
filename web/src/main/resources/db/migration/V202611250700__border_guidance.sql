-- border guidance: checklist items seeded from border/guidance.json, then edited by administrators
create table border_guidance_item (
	id varchar(80) primary key,
	position integer not null,
	topic varchar(32) not null check (topic in ('RIGHT_TO_WORK', 'ID_NUMBER', 'TAX', 'SOCIAL_SECURITY', 'RECOGNITION',
		'BANK_ACCOUNT', 'BORDER_SERVICE')),
	country char(2) not null check (country in ('NO', 'SE', 'FI')),
	-- comma-separated NORDIC, EU_EEA, OTHER
	citizenship_groups varchar(40) not null,
	situation varchar(16) not null check (situation in ('COMMUTER', 'MOVER', 'BOTH')),
	-- comma-separated home countries the item is for; empty: from anywhere
	home_countries varchar(20) not null,
	source_url varchar(500) not null check (source_url like 'https://%'),
	last_checked date not null
);

create table border_guidance_text (
	item_id varchar(80) not null references border_guidance_item (id) on delete cascade,
	language varchar(2) not null check (language in ('nb', 'sv', 'fi', 'en')),
	title varchar(200) not null,
	body varchar(4000) not null,
	primary key (item_id, language)
);

-- every administrator's edit, kept: the item before and after, who and when
create table border_guidance_edit (
	sequence bigint generated always as identity primary key,
	item_id varchar(80) not null references border_guidance_item (id) on delete cascade,
	edited_by uuid references account (id) on delete set null,
	edited_at timestamptz not null,
	changed varchar(200) not null,
	before jsonb not null,
	after jsonb not null
);

create index border_guidance_edit_item on border_guidance_edit (item_id, edited_at);

-- what a seeker told us about their move: where they live and their citizenship group
create table border_seeker_situation (
	account_id uuid primary key references account (id) on delete cascade,
	home_country char(2) check (home_country in ('NO', 'SE', 'FI')),
	citizenship_group varchar(16) check (citizenship_group in ('NORDIC', 'EU_EEA', 'OTHER')),
	updated_at timestamptz not null
);
