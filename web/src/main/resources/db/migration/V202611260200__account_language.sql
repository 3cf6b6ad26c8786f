-- the language a person last used the pages in while signed in: mails to them are written
-- in it (null until they have used the pages)
alter table account add column language varchar(2) check (language in ('nb', 'sv', 'fi', 'en'));

-- the mentor programme kept the same for its own mails; the account keeps it now
update account set language = m.language from mentors_language m where m.account_id = account.id;
drop table mentors_language;
