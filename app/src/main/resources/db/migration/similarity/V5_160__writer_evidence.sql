-- issue 16: who wrote a plan, across companies. Per application: what its file says about its writer
-- (file metadata, template fingerprint) and the links to other companies' applications that share a writer
-- with it (passages, the same file author). Writer clusters are the connected groups of these links.
create table writer_evidence (
    application_id       uuid primary key,
    company_id           uuid        not null,
    program_id           varchar(64) not null,
    writer_key           text,
    template_fingerprint varchar(16) not null default '',
    provenance_json      jsonb       not null,
    stored_at            timestamptz not null default now()
);

create index writer_evidence_writer_idx on writer_evidence (writer_key) where writer_key is not null;
create index writer_evidence_program_idx on writer_evidence (program_id);

-- kind: PASSAGES (weight = paragraphs of this plan shared with the other one) or AUTHOR (the same person
-- named by both files); a link is read in both directions.
create table writer_link (
    application_id       uuid        not null,
    other_application_id uuid        not null,
    kind                 varchar(16) not null,
    weight               int         not null,
    primary key (application_id, other_application_id, kind)
);

create index writer_link_other_idx on writer_link (other_application_id);
