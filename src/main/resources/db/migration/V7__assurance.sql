-- Assurance: the regulator's framework as versioned data, assessments (the regulator's and the council's own),
-- the national figures an assessment cites, the ratings of councils by region, and the improvement plan.

create table framework (
    version      text primary key,
    title        text not null,
    rating_rule  text not null
);

create table framework_theme (
    framework_version text not null references framework (version),
    number            int not null,
    name              text not null,
    primary key (framework_version, number)
);

create table quality_statement (
    framework_version text not null,
    number            int not null,
    theme_number      int not null,
    name              text not null,
    aliases           text[] not null default '{}',
    we_statement      text not null default '',
    i_statements      text[] not null default '{}',
    primary key (framework_version, number),
    foreign key (framework_version, theme_number) references framework_theme (framework_version, number)
);

create table quality_statement_topic (
    framework_version text not null,
    statement_number  int not null,
    position          int not null,
    name              text not null,
    primary key (framework_version, statement_number, position),
    foreign key (framework_version, statement_number) references quality_statement (framework_version, number)
);

create table assessment (
    id                bigserial primary key,
    kind              text not null check (kind in ('REGULATOR', 'SELF')),
    council           text not null,
    framework_version text not null references framework (version),
    published         date,
    site_visit_from   date,
    site_visit_to     date,
    source            text not null default '',
    summary           text not null default '',
    rating_printed    text,
    status            text not null default 'DRAFT' check (status in ('DRAFT', 'PUBLISHED'))
);

-- a null score is a statement the assessment did not assess
create table assessment_score (
    assessment_id    bigint not null references assessment (id) on delete cascade,
    statement_number int not null,
    score            int check (score between 1 and 4),
    primary key (assessment_id, statement_number)
);

create table assessment_finding (
    assessment_id    bigint not null references assessment (id) on delete cascade,
    statement_number int not null,
    topic_position   int not null,
    text             text not null,
    primary key (assessment_id, statement_number, topic_position)
);

create table cited_metric (
    id               bigserial primary key,
    assessment_id    bigint not null references assessment (id) on delete cascade,
    statement_number int,
    position         int not null,
    name             text not null,
    source_dataset   text not null,
    year             text not null default '',
    council_value    numeric not null,
    england_value    numeric not null,
    unit             text not null,
    polarity         text not null check (polarity in ('HIGHER_IS_BETTER', 'LOWER_IS_BETTER')),
    ci_lower         numeric,
    ci_upper         numeric,
    report_word      text not null default '',
    note             text not null default '',
    source_line      int,
    quote            text not null default ''
);

create table regional_rating (
    as_at                date not null,
    position             int not null,
    region               text not null,
    councils             int not null,
    completed            int not null,
    outstanding          int not null,
    good                 int not null,
    requires_improvement int not null,
    inadequate           int not null,
    is_total             boolean not null,
    primary key (as_at, position)
);

create table improvement_plan (
    id            bigserial primary key,
    title         text not null,
    assessment_id bigint references assessment (id),
    status        text not null default 'DRAFT' check (status in ('DRAFT', 'PUBLISHED')),
    signed_off_by text,
    signed_off_on date
);

create table improvement_item (
    id               bigserial primary key,
    plan_id          bigint not null references improvement_plan (id) on delete cascade,
    ref              text not null,
    theme_number     int not null,
    statement_number int not null,
    requirement      text not null,
    actions          text[] not null default '{}',
    lead             text not null default '',
    due              date,
    baseline         numeric,
    target           numeric,
    measure          text not null default '',
    indicator_ref    text,
    status           text not null check (status in ('ON_COURSE', 'UNCERTAIN', 'WILL_NOT_BE_ACHIEVED', 'UNKNOWN')),
    stretch          boolean not null default false,
    completed_on     date,
    source           text not null default '',
    unique (plan_id, ref)
);

create table improvement_progress (
    id          bigserial primary key,
    item_id     bigint not null references improvement_item (id) on delete cascade,
    noted_on    date not null,
    note        text not null check (btrim(note) <> ''),
    recorded_by text not null,
    recorded_at timestamptz not null default now()
);

create table improvement_report_section (
    plan_id  bigint not null references improvement_plan (id) on delete cascade,
    section  text not null,
    position int not null,
    text     text not null,
    primary key (plan_id, section, position)
);
