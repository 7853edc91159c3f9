-- Members of the earlier register are imported without an application; every member has a language
-- (for the assembly's notices) and an organisation the person who votes for it.
alter table registered_member alter column application_reference drop not null;
alter table registered_member add column language varchar(2) default 'sl' not null;
alter table registered_member add column representative varchar(200);
update registered_member m set language = (select a.language from membership_application a
    where a.reference = m.application_reference) where m.application_reference is not null;
create index registered_member_by_registration_number on registered_member (registration_number);
create index registered_member_by_email on registered_member (email);
