-- What the registers said about an applicant, one row per check; a pending check (VIES could not answer)
-- is asked again from next_attempt_at on, by one node at a time (claimed_until).
create table registry_finding (
    reference        varchar(30)   not null,
    check_name       varchar(30)   not null,
    result           varchar(20)   not null,
    detail           varchar(1000),
    checked_at       timestamp(6) with time zone not null,
    vat_number       varchar(8),
    attempts         int           not null default 0,
    next_attempt_at  timestamp(6) with time zone,
    claimed_until    timestamp(6) with time zone,
    primary key (reference, check_name)
);
create index registry_finding_pending on registry_finding (next_attempt_at);
