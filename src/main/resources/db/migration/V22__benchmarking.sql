-- Benchmarking (issue 14): indicators as public health measures them, imported from Fingertips' own download.
-- Only what the file says is stored; intervals it lacks, comparisons, trends and quintiles are worked out from these
-- rows and the indicator's settings whenever they are read (benchmarking.domain.IndicatorAnalysis), so a change of
-- settings can never leave a stale figure behind.

-- The council's own area and its peer group (e.g. CIPFA nearest neighbours): one row.
create table benchmark_council (
    id           int primary key default 1 check (id = 1),
    area_code    text not null,
    area_name    text not null,
    peer_group   text not null default 'Peer group'
);

create table benchmark_peer (
    area_code text primary key
);

create table benchmark_import (
    id          bigserial primary key,
    imported_at timestamptz not null default now(),
    actor       text not null,
    file_name   text not null,
    rows_total  int not null,
    indicators  int not null
);

create table benchmark_indicator (
    indicator_id     int primary key,
    name             text not null,
    polarity         text not null default 'no-judgement' check (polarity in ('high-is-good', 'low-is-good', 'no-judgement')),
    value_type       text not null check (value_type in ('proportion', 'crude-rate', 'directly-standardised-rate', 'count', 'mean')),
    multiplier       numeric not null check (multiplier in (1, 100, 1000, 10000, 100000)),
    ci_method        text not null check (ci_method in ('wilson', 'byar', 'exact-poisson', 'dobson')),
    comparison_level numeric not null default 95 check (comparison_level in (95, 99.8)),
    public_display   boolean not null default false,
    import_id        bigint not null references benchmark_import (id)
);

-- One row of a Fingertips download, keyed as Fingertips keys its data. The key columns are never null ('' for none).
create table benchmark_value (
    indicator_id     int not null,
    area_code        text not null,
    period           text not null,
    sex              text not null,
    age              text not null,
    category_type    text not null,
    category         text not null,
    area_name        text not null,
    area_type        text not null,
    parent_code      text not null,
    parent_name      text not null,
    period_sortable  bigint not null,
    value            double precision,
    lower_ci95       double precision,
    upper_ci95       double precision,
    lower_ci998      double precision,
    upper_ci998      double precision,
    count            double precision,
    denominator      double precision,
    value_note       text not null,
    recent_trend     text not null,
    compared_england text not null,
    compared_region  text not null,
    new_data         text not null,
    compared_goal    text not null,
    import_id        bigint not null,
    constraint benchmark_value_pk primary key (indicator_id, area_code, period, sex, age, category_type, category),
    constraint benchmark_value_intervals check (lower_ci95 is null or upper_ci95 is null or lower_ci95 <= upper_ci95),
    constraint benchmark_value_counts check ((count is null or count >= 0) and (denominator is null or denominator >= 0))
);

-- Public pages read these: they move the public page version like every other table (see V13).
do $$
declare
    t text;
begin
    foreach t in array array['benchmark_council', 'benchmark_peer', 'benchmark_import', 'benchmark_indicator', 'benchmark_value']
    loop
        execute format('create trigger %I after insert or update or delete or truncate on %I for each statement '
                       'execute function public_page_changed()', t || '_public_page_changed', t);
    end loop;
end $$;
