-- A member who cannot come authorises another convened member (proxy_holder: their membership number),
-- given on their link or recorded by staff from a signed paper.
alter table assembly_convocation add column proxy_holder varchar(20);
alter table assembly_convocation add column proxy_on_paper boolean default false not null;
create index assembly_convocation_by_holder on assembly_convocation (assembly_id, proxy_holder);
