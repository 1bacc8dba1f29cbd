-- A company's answer to a request for information (보완 요청): its note and the attachment it sent, if any.
-- The application returns to the evaluators; the answer is never updated.
create table review_answer (
    id            bigserial primary key,
    application_id uuid       not null,
    decision_id   bigint      not null references review_decision (id),
    note          text        not null,
    attachment_id bigint,
    answered_by   text        not null,
    answered_at   timestamptz not null default now()
);

create index review_answer_app_idx on review_answer (application_id, id);
