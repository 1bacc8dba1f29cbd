-- One job per application. A worker claims it with a lease (FOR UPDATE SKIP LOCKED), runs the next
-- stage, and either advances it, schedules a retry with backoff, or parks it as dead (admin retry).
create table screening_job (
    application_id  uuid primary key,
    company_id      uuid        not null,
    program_id      varchar(64) not null,
    declared_name   text        not null,
    status          varchar(16) not null,
    next_stage      varchar(16),
    attempts        int         not null default 0,
    dead            boolean     not null default false,
    next_attempt_at timestamptz not null default now(),
    lease_owner     text,
    lease_until     timestamptz,
    problem_code    varchar(64),
    last_error      text,
    received_at     timestamptz not null,
    updated_at      timestamptz not null default now()
);

create index screening_job_claimable_idx on screening_job (next_attempt_at) where next_stage is not null and not dead;
create index screening_job_company_idx on screening_job (company_id, received_at desc);
create index screening_job_program_idx on screening_job (program_id, status, received_at desc);

create table screening_status_history (
    id             bigserial primary key,
    application_id uuid        not null references screening_job (application_id),
    status         varchar(16) not null,
    code           varchar(64),
    at             timestamptz not null default now()
);

create index screening_status_history_app_idx on screening_status_history (application_id, id);
