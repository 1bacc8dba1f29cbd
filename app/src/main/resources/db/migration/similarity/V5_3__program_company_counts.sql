-- Distinct companies per program ("*": across all programs), kept up to date on insert like
-- reuse_template_count: the template rule's denominator is one primary-key row per lookup instead of a
-- count(distinct) over every stored plan (a sequential scan of reuse_plan, ~100 ms at 100,000 plans).
create table reuse_program_company (
    program_id varchar(64) not null,
    company_id uuid        not null,
    primary key (program_id, company_id)
);

create table reuse_program_count (
    program_id varchar(64) primary key,
    companies  int         not null
);

insert into reuse_program_company (program_id, company_id)
select distinct program_id, company_id from reuse_plan
union
select distinct '*', company_id from reuse_plan;

insert into reuse_program_count (program_id, companies)
select program_id, count(*) from reuse_program_company group by program_id;
