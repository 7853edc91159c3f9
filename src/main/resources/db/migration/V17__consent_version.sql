-- The wording a person consented to at intake: each version of the privacy notice (its version is a hash
-- of its Slovene and English text) is kept as it was, and applications and cases record which one they
-- were given with the time of consent. An assistance case that came by email has no consent given.
create table privacy_notice (
    version        varchar(16)   primary key,
    text_sl        varchar(4000) not null,
    text_en        varchar(4000) not null,
    first_used_at  timestamp(6) with time zone not null
);
alter table membership_application add column consent_version varchar(16) references privacy_notice (version);
alter table assistance_case add column consent_at timestamp(6) with time zone;
alter table assistance_case add column consent_version varchar(16) references privacy_notice (version);
