-- A change of a public register that concerns a member: one staff task per change and member. The key
-- (RC-<change id>-<membership number>, the task's business key) is inserted before the task is started,
-- in the same transaction, so an import's event handled twice or on two nodes opens the task once.
create table member_register_change (
    reference            varchar(60)   primary key,
    change_id            bigint        not null,
    import_id            bigint        not null,
    membership_number    varchar(20)   not null references registered_member (membership_number),
    register             varchar(10)   not null,
    kind                 varchar(10)   not null,
    changed_fields       varchar(500),
    before_text          varchar(2000) not null,
    after_text           varchar(2000),
    opened_at            timestamp(6) with time zone not null,
    process_instance_id  varchar(64),
    decision             varchar(20),
    decided_at           timestamp(6) with time zone
);
create index member_register_change_member on member_register_change (membership_number);
