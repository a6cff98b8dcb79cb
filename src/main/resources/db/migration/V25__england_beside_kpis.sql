-- Benchmarking reaches the other modules (issue 14).

-- A performance indicator's Fingertips indicator, set by an officer, for the Priority Based Report's England column.
alter table indicator add column benchmark_indicator_id int;

-- What a board's Priority Based Report shows beyond the standard columns: England's value and the comparison word.
create table report_option (
    board_id       bigint primary key references board (id),
    england_column boolean not null default false
);
create trigger report_option_public_page_changed after insert or update or delete or truncate on report_option
    for each statement execute function public_page_changed();

-- A cited CQC metric's count and denominator, where the source gives them: then its interval and its comparison with
-- England follow the benchmarking module's rule (Wilson score interval, England outside it is a significant difference).
alter table cited_metric add column count numeric check (count >= 0),
                         add column denominator numeric check (denominator > 0),
                         add constraint cited_metric_count_of_denominator check (count is null or denominator is null or count <= denominator);

-- A Fingertips import batch is approved for public display by an officer: who and when.
alter table benchmark_import add column approved_at timestamptz,
                             add column approved_by text;
