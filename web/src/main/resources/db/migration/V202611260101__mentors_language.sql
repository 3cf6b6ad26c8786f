-- the language a person last used the mentor programme's pages in: its mails are written in it
create table mentors_language (
	account_id uuid primary key references account (id) on delete cascade,
	language varchar(2) not null check (language in ('nb', 'sv', 'fi', 'en'))
);
