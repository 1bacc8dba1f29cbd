-- Who works an application, and every human decision on it. A referral is stored as pending until a
-- second evaluator confirms it; decisions are never updated except to record that confirmation.
create table review_assignment (
    application_id uuid primary key,
    evaluator      text        not null,
    assigned_by    text        not null,
    assigned_at    timestamptz not null default now()
);

create table review_decision (
    id             bigserial primary key,
    application_id uuid        not null,
    program_id     varchar(64) not null,
    outcome        varchar(16) not null,
    reason         text        not null check (length(btrim(reason)) > 0),
    evaluator      text        not null,
    state          varchar(24) not null,
    confirmed_by   text,
    confirm_reason text,
    confirmed_at   timestamptz,
    decided_at     timestamptz not null default now()
);

create index review_decision_app_idx on review_decision (application_id, id);
