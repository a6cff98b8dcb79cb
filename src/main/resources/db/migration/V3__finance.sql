-- Finance: departmental revenue budget statements, rows as printed (£'000). Totals are stored as printed so that the
-- checks can find any that do not follow from the lines.

create table revenue_statement (
    id         bigserial primary key,
    board_id   bigint not null references board (id),
    department text not null,
    as_at      date not null,
    position   int not null default 0,
    constraint revenue_statement_uk unique (board_id, department, as_at)
);

create table revenue_statement_row (
    statement_id     bigint not null references revenue_statement (id) on delete cascade,
    position         int not null,
    section          text not null check (section in ('EXPENDITURE', 'INCOME', 'RECHARGES', 'SUMMARY')),
    label            text not null,
    kind             text not null check (kind in ('LINE', 'TOTAL', 'HEADING')),
    annual_budget    bigint,
    budget_to_date   bigint,
    actual_spend     bigint,
    variance         bigint,
    forecast_outturn bigint,
    primary key (statement_id, position)
);
