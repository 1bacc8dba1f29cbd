-- issue 16: another applicant's identifiers left in a plan. Per application: the identifiers of its company
-- (registered name and BRN; representative, investigator, phone, e-mail and street address read from its plan),
-- normalised for an exact look-up (BRN and phone digits, e-mail lower-case, names without (주)/주식회사, spaces
-- or punctuation, address as road name + building number). A plan's text is looked up in one indexed query.
create table applicant_identifier (
    application_id uuid        not null,
    company_id     uuid        not null,
    kind           varchar(16) not null,
    value          text        not null,
    shown          text        not null,
    primary key (application_id, kind, value)
);

create index applicant_identifier_value_idx on applicant_identifier (value);

-- What a plan holds of another applicant's identifiers: one row per kind (the first place it is written).
-- The writer link IDENTIFIER (writer_link) carries the weight: 2 when the plan ties itself to that applicant's
-- writer (a BRN, phone or e-mail, or two kinds of identifier), 1 for a distinctive company name alone.
create table identifier_hit (
    application_id       uuid        not null,
    other_application_id uuid        not null,
    kind                 varchar(16) not null,
    found                text        not null,
    position             int         not null,
    primary key (application_id, other_application_id, kind)
);

create index identifier_hit_other_idx on identifier_hit (other_application_id);

-- What a plan writes that could be a company identifier, kept for applications stored after it (plans arrive in
-- any order): values found by their shape (BRN, phone, e-mail, road address) and names written with (주)/주식회사,
-- a few per plan. An unmarked name is looked up only forwards (every run of words would be thousands of rows).
create table plan_mention (
    application_id uuid        not null,
    company_id     uuid        not null,
    value          text        not null,
    found          text        not null,
    position       int         not null,
    marked         boolean     not null,
    primary key (application_id, value)
);

create index plan_mention_value_idx on plan_mention (value);
