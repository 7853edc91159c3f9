-- A staff member's private calendar feed of advocacy deadlines (/calendar/advocacy/<token>.ics): one token per
-- account, a new one replaces the old. Only the token's SHA-256 is kept; the link is shown once.
create table advocacy_calendar_token (
    user_id     varchar(64)  not null primary key,
    token_hash  varchar(64)  not null unique,
    created_at  timestamp(6) with time zone not null
);
