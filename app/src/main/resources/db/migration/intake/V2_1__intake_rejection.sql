-- Every refused upload and why (the bytes are not kept: they were refused).
create table intake_rejection (
    id            bigserial primary key,
    company_id    uuid,
    program_id    varchar(64),
    declared_name text,
    sha256        char(64),
    size_bytes    bigint      not null,
    problem_code  varchar(64) not null,
    reason        text        not null,
    uploaded_by   varchar(64) not null,
    rejected_at   timestamptz not null default now()
);

create index intake_rejection_company_idx on intake_rejection (company_id, rejected_at desc);
