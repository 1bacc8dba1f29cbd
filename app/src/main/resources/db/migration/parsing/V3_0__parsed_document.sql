-- One parse per application (the pipeline's parse step upserts: a re-run overwrites, never duplicates).
create table parsed_document (
    application_id uuid primary key,
    parser_version varchar(64) not null,
    input_sha256   char(64)    not null,
    needs_ocr      boolean     not null,
    hidden_spans   integer     not null,
    document       jsonb       not null,
    parsed_at      timestamptz not null default now()
);

create index parsed_document_needs_ocr_idx on parsed_document (needs_ocr) where needs_ocr;
