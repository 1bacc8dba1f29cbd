-- The broker classifier's output per application, with the exact feature vector it read, so an auditor
-- can reproduce the score bit for bit (rescore) with the same or another model version.
create table broker_assessment (
    application_id uuid primary key,
    probability    double precision not null,
    band           varchar(8)       not null,
    flagged        boolean          not null,
    threshold      double precision not null,
    model_version  varchar(32)      not null,
    model_sha256   char(64)         not null,
    reasons_json   jsonb            not null,
    features_json  text             not null,
    input_sha256   char(64)         not null,
    scored_at      timestamptz      not null default now()
);

create index broker_assessment_flagged_idx on broker_assessment (flagged, scored_at desc);
