-- Board reports in the council's standard template: the header block and numbered paragraphs, so that what their text
-- quotes can be checked against the figures. Finance tables may belong to the report that prints them.
create table report (
    id                bigserial primary key,
    slug              text not null unique,
    board_id          bigint references board (id),
    subject           text not null,
    report_to         text not null default '',
    report_date       date,
    reporting_officer text not null default '',
    portfolio         text not null default '',
    wards             text not null default '',
    source_line       int
);

create table report_paragraph (
    report_id   bigint not null references report (id) on delete cascade,
    position    int not null,
    number      text not null,
    text        text not null,
    source_line int,
    primary key (report_id, position),
    unique (report_id, number)
);

alter table finance_table add column report_id bigint references report (id);

-- The council-wide spending report's departmental statements belong to no one board.
alter table revenue_statement alter column board_id drop not null;
alter table revenue_statement drop constraint revenue_statement_uk;
create unique index revenue_statement_uk on revenue_statement (coalesce(board_id, 0), department, as_at);
