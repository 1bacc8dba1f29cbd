-- The decision log: append-only, hash-chained (see io.planscreen.audit.internal.AuditChain for the canonical
-- serialisation each record_hash covers). One writer at a time: appenders take a transaction-scoped advisory
-- lock, read the head, insert id = head + 1 with prev_hash = head's record_hash.
create table audit_record (
    id             bigint primary key,
    recorded_at    timestamptz not null,
    decided_at     timestamptz not null,
    step           varchar(64) not null,
    actor          text        not null,
    application_id uuid,
    model_version  text,
    model_sha256   varchar(64),
    prompt_path    text,
    prompt_sha256  varchar(64),
    input_sha256   varchar(64) not null,
    -- text, not jsonb: the hash covers these exact bytes, jsonb would normalise them
    output_json    text        not null,
    explanation    text,
    prev_hash      char(64)    not null,
    record_hash    char(64)    not null unique,
    constraint audit_record_id_positive check (id > 0)
);

create index audit_record_application_idx on audit_record (application_id, id);
create index audit_record_step_idx on audit_record (step, decided_at);
create index audit_record_decided_idx on audit_record (decided_at);
create index audit_record_model_idx on audit_record (model_version);

-- Signed chain heads, exported so they can be anchored outside the database.
create table audit_checkpoint (
    id             bigint generated always as identity primary key,
    created_at     timestamptz not null,
    head_record_id bigint      not null,
    head_hash      char(64)    not null,
    key_id         char(64)    not null,
    public_key     text        not null,
    payload        text        not null,
    signature      text        not null
);

-- The service may only add and read. Default privileges granted it UPDATE and DELETE (and the owner can
-- grant TRUNCATE): take them away explicitly.
revoke update, delete, truncate, references, trigger on audit_record from ${app_role};
revoke update, delete, truncate, references, trigger on audit_checkpoint from ${app_role};
grant select, insert on audit_record to ${app_role};
grant select, insert on audit_checkpoint to ${app_role};

-- And nobody else either, short of dropping the triggers (which the chain and the checkpoints then expose).
create function audit_refuse_change() returns trigger
    language plpgsql as
$$
begin
    raise exception 'the audit log is append-only: % on % refused', tg_op, tg_table_name
        using errcode = '42501';
end;
$$;

create trigger audit_record_refuse_update_delete
    before update or delete on audit_record
    for each row execute function audit_refuse_change();
create trigger audit_record_refuse_truncate
    before truncate on audit_record
    for each statement execute function audit_refuse_change();
create trigger audit_checkpoint_refuse_update_delete
    before update or delete on audit_checkpoint
    for each row execute function audit_refuse_change();
create trigger audit_checkpoint_refuse_truncate
    before truncate on audit_checkpoint
    for each statement execute function audit_refuse_change();

-- ENABLE ALWAYS: the triggers fire for session_replication_role = replica sessions too.
alter table audit_record enable always trigger audit_record_refuse_update_delete;
alter table audit_record enable always trigger audit_record_refuse_truncate;
alter table audit_checkpoint enable always trigger audit_checkpoint_refuse_update_delete;
alter table audit_checkpoint enable always trigger audit_checkpoint_refuse_truncate;
