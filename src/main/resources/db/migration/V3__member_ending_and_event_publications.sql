-- A membership ends on a date; an ended member has no voting rights.
alter table registered_member add column ended_on date;

-- Events between capabilities (Spring Modulith's publication registry): a publication is stored in
-- the transaction that published the event and deleted once its listener has handled it, so an
-- event whose listener had not finished before a crash is handled again after a restart.
create table event_publication (
    id                uuid                        not null primary key,
    listener_id       varchar(512)                not null,
    event_type        varchar(512)                not null,
    serialized_event  varchar(100000)             not null,
    publication_date  timestamp(6) with time zone not null,
    completion_date   timestamp(6) with time zone
);
create index event_publication_by_completion_date on event_publication (completion_date);
