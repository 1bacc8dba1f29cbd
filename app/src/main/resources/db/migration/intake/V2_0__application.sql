-- An application and its original document, stored in the transaction that accepts the upload.
create table application (
    id            uuid primary key,
    company_id    uuid        not null,
    program_id    varchar(64) not null,
    declared_name text        not null,
    document_type varchar(8)  not null,
    sha256        char(64)    not null,
    size_bytes    bigint      not null,
    content       bytea       not null,
    received_at   timestamptz not null default now(),
    uploaded_by   varchar(64) not null,
    constraint application_idempotent unique (company_id, program_id, sha256)
);

create index application_program_idx on application (program_id, received_at desc);
