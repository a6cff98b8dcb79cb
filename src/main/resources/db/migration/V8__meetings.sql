-- Governance: boards' membership and contact, meetings and attendance, agenda items (Part I public, Part II exempt),
-- their documents, agenda packs (frozen once published), minutes with resolutions and actions, declarations of
-- interest and public questions.

alter table board add column contact_name text not null default '';
alter table board add column contact_phone text not null default '';
alter table board add column contact_email text not null default '';
alter table board add column minute_prefix text not null default '';

create table board_member (
    id           bigserial primary key,
    board_id     bigint not null references board (id) on delete cascade,
    name         text not null,
    party        text not null default '',
    role         text not null check (role in ('CHAIR', 'VICE_CHAIR', 'MEMBER', 'CO_OPTEE', 'SUBSTITUTE')),
    organisation text not null default '',
    from_date    date,
    to_date      date
);

create table meeting (
    id                  bigserial primary key,
    key                 text not null unique,
    board_id            bigint not null references board (id),
    meeting_date        date not null,
    start_time          time,
    end_time            time,
    venue               text not null default '',
    status              text not null check (status in ('SCHEDULED', 'AGENDA_PUBLISHED', 'HELD', 'MINUTES_APPROVED', 'CANCELLED')),
    municipal_year      text not null,
    agenda_published_on date,
    minutes_approved_at bigint references meeting (id)
);

create table attendance (
    meeting_id bigint not null references meeting (id) on delete cascade,
    position   int not null,
    name       text not null,
    kind       text not null check (kind in ('PRESENT', 'APOLOGIES', 'ABSENT_COUNCIL_BUSINESS', 'OFFICER', 'ALSO_ATTENDING')),
    note       text not null default '',
    primary key (meeting_id, position)
);

create table agenda_item (
    id                  bigserial primary key,
    meeting_id          bigint not null references meeting (id) on delete cascade,
    position            int not null,
    heading             text not null default '',
    title               text not null,
    part                text not null check (part in ('I', 'II')),
    exemption_paragraph int check (exemption_paragraph between 1 and 7),
    kind                text not null default 'REPORT',
    minuted             boolean not null default true,
    minute_number       text,
    reporting_officer   text not null default '',
    portfolio           text not null default '',
    wards               text not null default '',
    link                text,
    minutes             text not null default '',
    resolutions         text[] not null default '{}',
    printed_pages       text,
    unique (meeting_id, position),
    check (part = 'I' or exemption_paragraph is not null)
);

create table item_document (
    id          bigserial primary key,
    item_id     bigint not null references agenda_item (id) on delete cascade,
    position    int not null,
    title       text not null,
    kind        text not null default 'REPORT',
    file_name   text not null,
    content     bytea not null,
    size_bytes  bigint not null,
    pages       int not null check (pages > 0),
    text        text not null default '',
    uploaded_by text not null,
    uploaded_at timestamptz not null default now()
);

create table agenda_pack (
    id           bigserial primary key,
    meeting_id   bigint not null references meeting (id),
    version      int not null,
    kind         text not null default 'PACK' check (kind in ('PACK', 'SUPPLEMENT')),
    published_at timestamptz not null default now(),
    published_by text not null,
    pages        int not null,
    item_pages   text not null,
    size_bytes   bigint not null,
    pdf          bytea not null,
    unique (meeting_id, version)
);

create function agenda_pack_frozen() returns trigger language plpgsql as $$
begin
    raise exception 'a published agenda pack is frozen: publish a supplement or a new version instead';
end $$;

create trigger agenda_pack_no_change before update or delete on agenda_pack
    for each row execute function agenda_pack_frozen();

create table minute_action (
    id        bigserial primary key,
    item_id   bigint not null references agenda_item (id) on delete cascade,
    text      text not null,
    owner     text not null,
    due       date,
    done_on   date
);

create table declaration (
    id         bigserial primary key,
    meeting_id bigint not null references meeting (id) on delete cascade,
    item_id    bigint references agenda_item (id) on delete cascade,
    member     text not null,
    type       text not null check (type in ('DISCLOSABLE_PECUNIARY', 'OTHER_DISCLOSABLE', 'PARTY_WHIP')),
    note       text not null default ''
);

create table public_question (
    id                     bigserial primary key,
    meeting_id             bigint not null references meeting (id) on delete cascade,
    item_id                bigint references agenda_item (id),
    questioner             text not null default '',
    question               text not null,
    response               text not null default '',
    supplementary          text not null default '',
    supplementary_response text not null default ''
);

-- What the public search reads: Part I items of meetings whose agenda is published, their minutes and documents' text.
create index agenda_item_search on agenda_item using gin (to_tsvector('english', title || ' ' || minutes));
create index item_document_search on item_document using gin (to_tsvector('english', title || ' ' || text));
