-- Performance framework: service areas, indicators, figures, targets, objectives, commentary, reports.

create table service_area (
    id       bigserial primary key,
    code     text not null unique,
    name     text not null,
    board_id bigint not null references board (id),
    position int not null default 0
);

create table indicator (
    id              bigserial primary key,
    ref             text not null unique,
    service_area_id bigint not null references service_area (id),
    measure         text not null,
    definition      text not null default '',
    unit            text not null check (unit in ('PERCENT', 'RATE_PER_100000', 'YEARS', 'COUNT', 'RATIO')),
    polarity        text not null check (polarity in ('HIGHER_IS_BETTER', 'LOWER_IS_BETTER', 'NONE')),
    frequency       text not null default '',
    data_source     text not null default '',
    projection      text not null default 'NONE' check (projection in ('NONE', 'YEAR_TO_DATE')),
    position        int not null default 0
);

-- Which import last wrote a row (who, when, which file). Bulk-created figures are traceable through it, with one
-- audit row per indicator rather than per figure; corrections of existing figures are audited row by row.
-- Rows point at their batch without a foreign key, so a million-row import pays no per-row check for it;
-- batches are never deleted (trigger below), so the pointer cannot dangle.
create table import_batch (
    id          bigserial primary key,
    imported_at timestamptz not null default now(),
    actor       text not null,
    file_name   text not null,
    rows_total  int not null,
    created     int not null,
    updated     int not null
);

create function import_batch_kept() returns trigger language plpgsql as $$
begin
    raise exception 'import batches are kept for the audit trail';
end $$;
create trigger import_batch_no_delete before delete on import_batch
    for each row execute function import_batch_kept();

create table indicator_value (
    indicator_id bigint not null, -- refers to indicator (id): checked per statement, see below
    period       text not null,
    period_start date not null,
    period_end   date not null,
    value        numeric,
    status       text not null check (status in ('FINAL', 'PROVISIONAL', 'NOT_AVAILABLE')),
    import_id    bigint,
    constraint indicator_value_pk primary key (indicator_id, period),
    constraint indicator_value_has_value check ((status = 'NOT_AVAILABLE') = (value is null))
);

create table indicator_target (
    indicator_id bigint not null, -- refers to indicator (id): checked per statement, see below
    period       text not null,
    period_start date,
    period_end   date,
    value        numeric not null,
    import_id    bigint,
    constraint indicator_target_pk primary key (indicator_id, period)
);

-- Referential integrity of figures and targets, checked once per statement instead of once per row: with a
-- row-level foreign key, a million-figure import spends most of its time in per-row checks. The check locks the
-- indicators referred to (FOR KEY SHARE, as a foreign key does) so none can be deleted before the import commits.
create function figures_refer_to_indicators() returns trigger language plpgsql as $$
declare
    referred bigint[];
    found    int;
begin
    select array_agg(distinct indicator_id) into referred from written;
    perform 1 from indicator i where i.id = any (referred) for key share;
    get diagnostics found = row_count;
    if found < coalesce(cardinality(referred), 0) then
        raise foreign_key_violation using message = tg_table_name || ' refers to an indicator that does not exist';
    end if;
    return null;
end $$;
create trigger indicator_value_inserted_refers after insert on indicator_value
    referencing new table as written for each statement execute function figures_refer_to_indicators();
create trigger indicator_value_updated_refers after update on indicator_value
    referencing new table as written for each statement execute function figures_refer_to_indicators();
create trigger indicator_target_inserted_refers after insert on indicator_target
    referencing new table as written for each statement execute function figures_refer_to_indicators();
create trigger indicator_target_updated_refers after update on indicator_target
    referencing new table as written for each statement execute function figures_refer_to_indicators();

-- ... and an indicator that has figures or targets cannot be deleted (ON DELETE RESTRICT).
create function indicator_keeps_its_figures() returns trigger language plpgsql as $$
begin
    if exists (select 1 from indicator_value where indicator_id = old.id)
       or exists (select 1 from indicator_target where indicator_id = old.id) then
        raise foreign_key_violation using message = 'indicator ' || old.ref || ' has figures or targets and cannot be deleted';
    end if;
    return old;
end $$;
create trigger indicator_delete_restrict before delete on indicator
    for each row execute function indicator_keeps_its_figures();

create table indicator_commentary (
    indicator_id bigint not null references indicator (id),
    quarter      text not null,
    commentary   text not null,
    primary key (indicator_id, quarter)
);

-- An officer's override of a computed symbol, with the reason; the computed symbol is never stored over.
create table symbol_override (
    indicator_id bigint not null references indicator (id),
    quarter      text not null,
    kind         text not null check (kind in ('PROGRESS', 'DIRECTION')),
    symbol       text not null check (symbol in ('GREEN', 'AMBER', 'RED', 'NOT_APPLICABLE')),
    reason       text not null check (length(trim(reason)) > 0),
    set_by       text not null,
    set_at       timestamptz not null default now(),
    primary key (indicator_id, quarter, kind)
);

create table objective (
    id              bigserial primary key,
    ref             text not null unique,
    service_area_id bigint not null references service_area (id),
    title           text not null,
    milestone       text not null,
    position        int not null default 0
);

create table milestone_progress (
    objective_id bigint not null references objective (id),
    quarter      text not null,
    progress     text not null check (progress in ('GREEN', 'AMBER', 'RED')),
    commentary   text not null default '',
    primary key (objective_id, quarter)
);

-- Key developments and emerging issues, per service area per quarter.
create table report_narrative (
    id              bigserial primary key,
    board_id        bigint not null references board (id),
    quarter         text not null,
    service_area_id bigint not null references service_area (id),
    section         text not null check (section in ('KEY_DEVELOPMENTS', 'EMERGING_ISSUES')),
    position        int not null default 0,
    heading         text not null,
    text            text not null
);

-- A published Priority Based Report: its figures (snapshot) and PDF as published. Never changed afterwards;
-- publishing again after an edit makes the next version.
create table published_report (
    id           bigserial primary key,
    board_id     bigint not null references board (id),
    quarter      text not null,
    version      int not null,
    published_at timestamptz not null default now(),
    published_by text not null,
    snapshot     jsonb not null,
    pdf          bytea not null,
    constraint published_report_version_uk unique (board_id, quarter, version)
);

create function published_report_frozen() returns trigger language plpgsql as $$
begin
    raise exception 'a published report is frozen: publish a new version instead';
end $$;
create trigger published_report_no_change before update or delete on published_report
    for each row execute function published_report_frozen();
