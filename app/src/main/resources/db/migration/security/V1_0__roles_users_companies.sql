-- Runs as the schema owner. The service connects as ${app_role}, which gets data rights only:
-- no DDL, and (later) INSERT/SELECT only on the audit log.
alter default privileges in schema public grant select, insert, update, delete on tables to ${app_role};
alter default privileges in schema public grant usage, select on sequences to ${app_role};

create table company (
    id         uuid primary key,
    name       text        not null,
    brn        varchar(12) not null unique,
    region     text        not null,
    created_at timestamptz not null default now()
);

create table app_user (
    username      varchar(64) primary key,
    password_hash text        not null,
    role          varchar(16) not null check (role in ('APPLICANT', 'EVALUATOR', 'AUDITOR', 'ADMIN')),
    company_id    uuid references company (id),
    display_name  text        not null,
    enabled       boolean     not null default true,
    created_at    timestamptz not null default now(),
    constraint applicant_has_company check ((role = 'APPLICANT') = (company_id is not null))
);

create table evaluator_program (
    username   varchar(64) not null references app_user (username) on delete cascade,
    program_id varchar(64) not null,
    primary key (username, program_id)
);
