-- Personal data is anonymised on an erasure request and past its retention period: names, addresses,
-- messages and files go; counts, dates and outcomes stay (the funders' reports). anonymised_at says when.
alter table membership_application alter column email drop not null;
alter table membership_application alter column address drop not null;
alter table membership_application alter column motivation drop not null;
alter table membership_application add column anonymised_at timestamp(6) with time zone;

alter table registered_member alter column email drop not null;
alter table registered_member add column anonymised_at timestamp(6) with time zone;

alter table assistance_case alter column email drop not null;
alter table assistance_case add column anonymised_at timestamp(6) with time zone;

alter table mail_outbox alter column recipient drop not null;
alter table mail_outbox alter column subject drop not null;
alter table mail_outbox alter column body drop not null;
alter table mail_outbox add column anonymised_at timestamp(6) with time zone;
