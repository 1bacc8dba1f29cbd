-- Distinct companies per near-verbatim key, kept up to date on insert: the template test reads one row
-- per key instead of counting every company that repeats the program's template (100,000s of rows).
create table reuse_template_count (
    program_id varchar(64) not null,
    key        bigint      not null,
    companies  int         not null,
    primary key (program_id, key)
);

insert into reuse_template_count (program_id, key, companies)
select program_id, key, count(*) from reuse_template_key group by program_id, key;
