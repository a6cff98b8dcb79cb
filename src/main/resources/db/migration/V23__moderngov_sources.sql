-- ModernGov sources: a council's modern.gov site whose committees, meetings, items, documents and attendance Scrutineer
-- imports into its own boards and meetings tables. Each imported row keeps the source's id, so that importing again
-- updates what is there instead of adding it twice.

create table moderngov_source (
    id            bigserial primary key,
    base_url      text not null unique,
    committees    bigint[] not null default '{}',   -- empty: every committee that is neither deleted nor expired
    from_date     date not null,
    to_date       date not null check (to_date >= from_date),
    added_by      text not null,
    added_at      timestamptz not null default now(),
    last_run_at   timestamptz,
    last_summary  text not null default '',
    last_problems text[] not null default '{}'
);

create table moderngov_committee (
    source_id    bigint not null references moderngov_source (id) on delete cascade,
    committee_id bigint not null,
    board_id     bigint not null references board (id),
    primary key (source_id, committee_id)
);

create table moderngov_meeting (
    source_id  bigint not null references moderngov_source (id) on delete cascade,
    meeting_id bigint not null,
    meeting    bigint not null references meeting (id) on delete cascade,
    primary key (source_id, meeting_id)
);

create table moderngov_item (
    source_id bigint not null references moderngov_source (id) on delete cascade,
    item_id   bigint not null,
    item      bigint not null references agenda_item (id) on delete cascade,
    primary key (source_id, item_id)
);

-- A document of an imported item: downloaded into item_document when reachable, else kept as a link and tried again on
-- the next import. A restricted document is never downloaded and never shown to the public.
create table moderngov_document (
    source_id     bigint not null references moderngov_source (id) on delete cascade,
    attachment_id bigint not null,
    item          bigint not null references agenda_item (id) on delete cascade,
    title         text not null,
    url           text not null,
    restricted    boolean not null,
    published_on  date,
    document      bigint references item_document (id) on delete set null,
    attempts      int not null default 0,
    last_problem  text not null default '',
    primary key (source_id, attachment_id)
);

-- ModernGov marks an item restricted without the paragraph of Schedule 12A: an imported Part II item may have none.
alter table agenda_item add column imported_from text;
do $$
declare
    c text;
begin
    select conname into c from pg_constraint
    where conrelid = 'agenda_item'::regclass and contype = 'c' and pg_get_constraintdef(oid) like '%exemption_paragraph IS NOT NULL%';
    execute format('alter table agenda_item drop constraint %I', c);
end $$;
alter table agenda_item add constraint agenda_item_part_ii_paragraph
    check (part = 'I' or exemption_paragraph is not null or imported_from is not null);

-- the public pages read imported meetings, and the source's last result shows on a page: every new table moves the
-- public page version (V13)
do $$
declare
    t text;
begin
    foreach t in array array['moderngov_source', 'moderngov_committee', 'moderngov_meeting', 'moderngov_item', 'moderngov_document']
    loop
        execute format('create trigger %I after insert or update or delete or truncate on %I for each statement '
                       'execute function public_page_changed()', t || '_public_page_changed', t);
    end loop;
end $$;
