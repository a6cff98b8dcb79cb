-- The finance reports' summary tables (division summary, recovery plan, agency spend, reserves, SEN transport,
-- departmental summary, savings by department...) and savings proposals, as printed.

create table finance_table (
    id          text primary key,
    board_id    bigint references board (id),
    title       text not null,
    source_line int,
    unit        text not null check (unit in ('thousands', 'millions', 'percent', 'count', 'mixed')),
    columns     text[] not null,
    position    int not null default 0
);

create table finance_table_row (
    table_id text not null references finance_table (id) on delete cascade,
    position int not null,
    label    text not null,
    kind     text not null check (kind in ('LINE', 'TOTAL', 'HEADING')),
    cells    numeric[] not null,
    primary key (table_id, position)
);

create table saving_proposal (
    id            bigserial primary key,
    department    text not null,
    service_area  text not null,
    net_budget    numeric,
    description   text not null,
    agreed_values numeric[] not null,
    status        text not null check (status in ('ON_COURSE', 'UNCERTAIN', 'WILL_NOT_BE_ACHIEVED', 'UNKNOWN')),
    comments      text not null default '',
    position      int not null default 0
);
