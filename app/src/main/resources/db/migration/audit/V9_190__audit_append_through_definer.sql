-- Runs as the schema owner. From here on the service role cannot write audit rows itself: it appends through
-- audit_append (SECURITY DEFINER, owned by the owner), which takes the appenders' lock, reads the head, stamps
-- recorded_at and computes the record's hash exactly as io.planscreen.audit.internal.AuditChain does. A caller
-- can therefore neither choose a record's id, link, hash or recording time nor insert anywhere but at the end.
-- And every append is followed, in the same transaction, by audit_sign_head: the service's signature (a key the
-- database never holds) over the new head and the record count, so a tail cut off, a record rewritten after the
-- last checkpoint or a record appended without the service are all visible to verify (docs/adr/0008).

create function audit_json_string(s text) returns text
    language sql immutable parallel safe
as
$$
-- as AuditChain.string: \ and " escaped, U+0001..U+001F as \u00xx (lowercase hex), nothing else touched
select '"' || case
                  when s !~ '[\x01-\x1f]' then replace(replace(s, '\', '\\'), '"', '\"')
                  else replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(s, '\', '\\'), '"', '\"'), chr(1), '\u0001'), chr(2), '\u0002'), chr(3), '\u0003'), chr(4), '\u0004'), chr(5), '\u0005'), chr(6), '\u0006'), chr(7), '\u0007'), chr(8), '\u0008'), chr(9), '\u0009'), chr(10), '\u000a'), chr(11), '\u000b'), chr(12), '\u000c'), chr(13), '\u000d'), chr(14), '\u000e'), chr(15), '\u000f'), chr(16), '\u0010'), chr(17), '\u0011'), chr(18), '\u0012'), chr(19), '\u0013'), chr(20), '\u0014'), chr(21), '\u0015'), chr(22), '\u0016'), chr(23), '\u0017'), chr(24), '\u0018'), chr(25), '\u0019'), chr(26), '\u001a'), chr(27), '\u001b'), chr(28), '\u001c'), chr(29), '\u001d'), chr(30), '\u001e'), chr(31), '\u001f')
              end || '"'
$$;

create function audit_json(s text) returns text
    language sql immutable parallel safe
as
$$
select coalesce(audit_json_string(s), 'null')
$$;

create function audit_timestamp(t timestamptz) returns text
    language sql stable parallel safe
as
$$
select to_char(t at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"')
$$;

-- AuditChain.canonical, version 1, hashed: the one definition the database and the verifier share. The helpers
-- use built-in functions only and carry no SET clause, so PostgreSQL inlines them (a SET makes each call cost a
-- function call of its own: 2-5 ms a record instead of well under one).
create function audit_record_hash(p_id bigint, p_recorded_at timestamptz, p_decided_at timestamptz, p_step text,
                                  p_actor text, p_application uuid, p_model_version text, p_model_sha256 text,
                                  p_prompt_path text, p_prompt_sha256 text, p_input_sha256 text,
                                  p_output_json text, p_explanation text, p_prev text) returns text
    language sql stable parallel safe
as
$$
select encode(sha256(convert_to(
        '{"v":1,"id":' || p_id
            || ',"recordedAt":' || audit_json(audit_timestamp(p_recorded_at))
            || ',"decidedAt":' || audit_json(audit_timestamp(p_decided_at))
            || ',"step":' || audit_json(p_step)
            || ',"actor":' || audit_json(p_actor)
            || ',"application":' || audit_json(p_application::text)
            || ',"modelVersion":' || audit_json(p_model_version)
            || ',"modelSha256":' || audit_json(p_model_sha256)
            || ',"promptPath":' || audit_json(p_prompt_path)
            || ',"promptSha256":' || audit_json(p_prompt_sha256)
            || ',"inputSha256":' || audit_json(p_input_sha256)
            || ',"output":' || audit_json(p_output_json)
            || ',"explanation":' || audit_json(p_explanation)
            || ',"prev":' || audit_json(p_prev)
            || '}', 'UTF8')), 'hex')
$$;

create function audit_append(
    p_decided_at timestamptz,
    p_step text,
    p_actor text,
    p_application uuid,
    p_model_version text,
    p_model_sha256 text,
    p_prompt_path text,
    p_prompt_sha256 text,
    p_input_sha256 text,
    p_output_json text,
    p_explanation text)
    returns table (id bigint, recorded_at timestamptz, prev_hash text, record_hash text)
    language plpgsql
    security definer
    set search_path = public, pg_temp
as
$$
declare
    v_id       bigint;
    v_prev     text;
    v_recorded timestamptz;
    v_decided  timestamptz := date_trunc('microseconds', p_decided_at);
    v_hash     text;
begin
    if p_step is null or p_actor is null or p_input_sha256 is null or p_output_json is null or p_decided_at is null then
        raise exception 'audit_append: step, actor, input_sha256, output_json and decided_at are required'
            using errcode = '22004';
    end if;
    perform pg_advisory_xact_lock(8100956956442059892); -- AuditLog.LOCK_KEY, "planaudt"
    v_recorded := date_trunc('microseconds', clock_timestamp()); -- after the lock: recorded_at follows the ids
    select r.id, r.record_hash into v_id, v_prev from audit_record r order by r.id desc limit 1;
    v_id := coalesce(v_id, 0) + 1;
    v_prev := coalesce(v_prev, repeat('0', 64));
    v_hash := audit_record_hash(v_id, v_recorded, v_decided, p_step, p_actor, p_application, p_model_version,
                                p_model_sha256, p_prompt_path, p_prompt_sha256, p_input_sha256, p_output_json,
                                p_explanation, v_prev);
    insert into audit_record (id, recorded_at, decided_at, step, actor, application_id, model_version, model_sha256,
                              prompt_path, prompt_sha256, input_sha256, output_json, explanation, prev_hash, record_hash)
    values (v_id, v_recorded, v_decided, p_step, p_actor, p_application, p_model_version, p_model_sha256,
            p_prompt_path, p_prompt_sha256, p_input_sha256, p_output_json, p_explanation, v_prev, v_hash);
    return query select v_id, v_recorded, v_prev, v_hash;
end;
$$;

-- The signed head: one row, replaced with each append. The payload (signed by the service's key, which the
-- database never sees) names the head record, its hash and the number of records.
create table audit_head (
    singleton  boolean     primary key default true check (singleton),
    head_id    bigint      not null,
    head_hash  char(64)    not null,
    records    bigint      not null,
    signed_at  timestamptz not null,
    key_id     char(64)    not null,
    public_key text        not null,
    payload    text        not null,
    signature  text        not null
);

-- Moves the head only to the record that is the chain's head right now, so a caller cannot put back an older
-- signed head after cutting the tail. Under the appenders' lock, like audit_append.
create function audit_sign_head(p_head_id bigint, p_head_hash text, p_records bigint, p_key_id text,
                                p_public_key text, p_payload text, p_signature text)
    returns void
    language plpgsql
    security definer
    set search_path = public, pg_temp
as
$$
declare
    v_id   bigint;
    v_hash text;
begin
    perform pg_advisory_xact_lock(8100956956442059892);
    select r.id, r.record_hash into v_id, v_hash from audit_record r order by r.id desc limit 1;
    if v_id is distinct from p_head_id or v_hash is distinct from p_head_hash then
        raise exception 'audit_sign_head: % is not the current head', p_head_id using errcode = '22023';
    end if;
    insert into audit_head (singleton, head_id, head_hash, records, signed_at, key_id, public_key, payload, signature)
    values (true, p_head_id, p_head_hash, p_records, clock_timestamp(), p_key_id, p_public_key, p_payload, p_signature)
    on conflict (singleton) do update
        set head_id = excluded.head_id, head_hash = excluded.head_hash, records = excluded.records,
            signed_at = excluded.signed_at, key_id = excluded.key_id, public_key = excluded.public_key,
            payload = excluded.payload, signature = excluded.signature;
end;
$$;

revoke all on function audit_append(timestamptz, text, text, uuid, text, text, text, text, text, text, text) from public;
revoke all on function audit_sign_head(bigint, text, bigint, text, text, text, text) from public;
grant execute on function audit_append(timestamptz, text, text, uuid, text, text, text, text, text, text, text)
    to ${app_role};
grant execute on function audit_sign_head(bigint, text, bigint, text, text, text, text) to ${app_role};

-- Under Testcontainers the owner and the service are one user (ADR 0002): it keeps its owner's rights there.
do
$$
begin
    if '${app_role}' <> current_user then
        revoke insert, update, delete, truncate, references, trigger on audit_record from ${app_role};
        revoke insert, update, delete, truncate, references, trigger on audit_head from ${app_role};
    end if;
end;
$$;
grant select on audit_record to ${app_role};
grant select on audit_head to ${app_role};

create trigger audit_head_refuse_delete
    before delete on audit_head
    for each row execute function audit_refuse_change();
create trigger audit_head_refuse_truncate
    before truncate on audit_head
    for each statement execute function audit_refuse_change();
alter table audit_head enable always trigger audit_head_refuse_delete;
alter table audit_head enable always trigger audit_head_refuse_truncate;
