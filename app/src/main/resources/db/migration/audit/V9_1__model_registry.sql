-- The model registry (module io.planscreen.registry), kept in the audit range: model versions are what the
-- audit log's records point to. At most one active version per model name.
create table model_version (
    name          varchar(64)  not null,
    version       varchar(64)  not null,
    sha256        varchar(64)  not null,
    location      text         not null,
    metrics_json  text         not null,
    card          text,
    active        boolean      not null default false,
    registered_at timestamptz  not null default now(),
    activated_at  timestamptz,
    primary key (name, version)
);

create unique index model_version_one_active_idx on model_version (name) where active;
