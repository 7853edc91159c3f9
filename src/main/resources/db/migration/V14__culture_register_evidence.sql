-- The register of self-employed in culture (Ministry of Culture) has no open data: staff note in the
-- completeness check what evidence of an individual's entry they saw (a decision, an extract, the
-- entry number), who noted it and when; kept with the application, not in the process.
alter table membership_application add column culture_register_evidence varchar(2000);
alter table membership_application add column culture_register_evidence_by varchar(64);
alter table membership_application add column culture_register_evidence_at timestamp(6) with time zone;
