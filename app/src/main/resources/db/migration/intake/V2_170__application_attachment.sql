-- Documents a company attaches after its plan, usually to answer an evaluator's request (보완 요청).
create table application_attachment (
    id             bigserial primary key,
    application_id uuid        not null references application (id),
    document_key   varchar(64) not null,
    declared_name  text        not null,
    media_type     varchar(128) not null,
    sha256         char(64)    not null,
    size_bytes     bigint      not null,
    content        bytea       not null,
    uploaded_by    varchar(64) not null,
    uploaded_at    timestamptz not null default now()
);

create index application_attachment_app_idx on application_attachment (application_id, id);
