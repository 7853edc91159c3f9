-- Work that one node of the cluster does at a time (reading the assistance mailbox, the register drop
-- folder and scheduled fetches): the node holding a lease renews it while it works; when it stops, the
-- lease lapses at expires_at and another node takes it.
create table cluster_lease (
    name        varchar(100) primary key,
    holder      varchar(200) not null,
    expires_at  timestamp(6) with time zone not null
);
