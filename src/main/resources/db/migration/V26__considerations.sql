-- Where a board considered an indicator or a quarter's Priority Based Report: an agenda item of one of its meetings,
-- whether Scrutineer's own or one brought in from ModernGov. The meeting page lists them under the item, the indicator
-- and the report list the meetings. A published report stays frozen: this says where it was taken, not what it says.
create table indicator_consideration (
    indicator_id   bigint not null references indicator (id) on delete cascade,
    agenda_item_id bigint not null references agenda_item (id) on delete cascade,
    linked_by      text not null,
    linked_at      timestamptz not null default now(),
    primary key (indicator_id, agenda_item_id)
);
create index indicator_consideration_item on indicator_consideration (agenda_item_id);

create table report_consideration (
    board_id       bigint not null references board (id),
    quarter        text not null,
    agenda_item_id bigint not null references agenda_item (id) on delete cascade,
    linked_by      text not null,
    linked_at      timestamptz not null default now(),
    primary key (board_id, quarter, agenda_item_id)
);
create index report_consideration_item on report_consideration (agenda_item_id);

-- the meeting pages show them: both move the public page version (V13)
create trigger indicator_consideration_public_page_changed after insert or update or delete or truncate
    on indicator_consideration for each statement execute function public_page_changed();
create trigger report_consideration_public_page_changed after insert or update or delete or truncate
    on report_consideration for each statement execute function public_page_changed();
