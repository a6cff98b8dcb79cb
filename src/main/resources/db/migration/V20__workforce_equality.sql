-- Workforce equality: the council's SC-WRES data returns (counts by measure and ethnic group, "not provided" being no
-- row at all, never a zero), the national report's relative likelihoods per year, and the action plan with its
-- progress log and the programme's timeline.

create table workforce_return (
    id           bigserial primary key,
    council      text not null check (length(council) between 1 and 200),
    year         text not null check (year ~ '^[0-9]{4}/[0-9]{2}$'),
    workforce    text not null check (workforce in ('ADULT', 'CHILDREN')),
    status       text not null default 'DRAFT' check (status in ('DRAFT', 'PUBLISHED')),
    published_on date,
    note         text not null default '' check (length(note) <= 4000),
    -- the board meeting whose agenda carried the data report, and its item number there
    meeting_key  text,
    agenda_item  text,
    unique (council, year, workforce),
    check ((status = 'PUBLISHED') = (published_on is not null))
);

-- ethnic_group is one of the five groups, NOT_KNOWN, or TOTAL for the total the return states
create table workforce_count (
    return_id    bigint  not null references workforce_return (id) on delete cascade,
    measure      text    not null check (measure ~ '^[A-Z0-9_]{1,40}$'),
    ethnic_group text    not null check (ethnic_group in ('WHITE', 'MIXED', 'ASIAN', 'BLACK', 'OTHER', 'NOT_KNOWN', 'TOTAL')),
    count        integer not null check (count >= 0),
    primary key (return_id, measure, ethnic_group)
);

-- a published return's figures stay as published (inserts pass: a backup restores counts after their return; the service refuses new ones)
create function workforce_count_frozen() returns trigger language plpgsql as $$
begin
    if exists (select 1 from workforce_return r where r.id = coalesce(new.return_id, old.return_id) and r.status = 'PUBLISHED') then
        raise exception 'the return % is published: its figures cannot change', coalesce(new.return_id, old.return_id);
    end if;
    return coalesce(new, old);
end $$;
create trigger workforce_count_frozen before update or delete on workforce_count
    for each row execute function workforce_count_frozen();

create table workforce_national_figure (
    id        bigserial primary key,
    year      text          not null,
    workforce text          not null check (workforce in ('ADULT', 'CHILDREN', 'TOTAL')),
    indicator text          not null,
    value     numeric(6, 2) not null check (value >= 0),
    source    text          not null,
    note      text          not null default '',
    unique (year, workforce, indicator, source)
);

create table workforce_action (
    id             bigserial primary key,
    council        text    not null,
    plan_year      text    not null,
    indicator      integer not null check (indicator between 0 and 9),
    action         text    not null check (length(action) between 1 and 4000),
    lead           text    not null default '' check (length(lead) <= 200),
    timescale      text    not null default '' check (length(timescale) <= 200),
    due            date,
    success        text    not null default '' check (length(success) <= 4000),
    status         text    not null default 'UNKNOWN' check (status in ('ON_COURSE', 'UNCERTAIN', 'WILL_NOT_BE_ACHIEVED', 'UNKNOWN')),
    source         text    not null default ''
);

create table workforce_action_progress (
    id          bigserial primary key,
    action_id   bigint not null references workforce_action (id) on delete cascade,
    noted_on    date   not null,
    note        text   not null check (length(note) between 1 and 4000),
    recorded_by text   not null
);

create table workforce_milestone (
    id        bigserial primary key,
    council   text not null,
    plan_year text not null,
    position  integer not null,
    what      text not null,
    starts    date,
    ends      date,
    note      text not null default ''
);

-- public pages read all of these (V13)
do $$
declare
    t text;
begin
    foreach t in array array['workforce_return', 'workforce_count', 'workforce_national_figure', 'workforce_action',
                             'workforce_action_progress', 'workforce_milestone']
    loop
        execute format('create trigger %I after insert or update or delete or truncate on %I for each statement '
                       'execute function public_page_changed()', t || '_public_page_changed', t);
    end loop;
end $$;
