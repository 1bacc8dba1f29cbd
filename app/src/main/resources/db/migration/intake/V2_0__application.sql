create table application (
    id         uuid primary key,
    company_id uuid        not null,
    program_id varchar(64) not null,
    status     varchar(32) not null,
    created_at timestamptz not null default now(),
    updated_at timestamptz not null default now()
);

create index application_company_idx on application (company_id);
create index application_program_status_idx on application (program_id, status);
