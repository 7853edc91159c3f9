-- The yearly check of every active member against the registers. A row per year claims it: the node
-- whose insert succeeds runs the scheduled check, another node's insert fails on the key and it does
-- nothing.
create table member_register_check (
    check_year  int primary key,
    claimed_at  timestamp(6) with time zone not null
);

-- A member the yearly check flagged gets a task like a register change (kind YEARLY, register ALL),
-- once per member and year: its reference RY-<year>-<membership number> is the key. It has no change
-- or import of its own.
alter table member_register_change alter column change_id drop not null;
alter table member_register_change alter column import_id drop not null;
