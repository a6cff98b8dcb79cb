-- Finance: which figures an officer chose to word a statement's commentary from; the paper (report) that prints each
-- statement and savings proposal, and the agenda item that presents a paper; the names the papers use for one
-- division, so that figures two papers both state can be compared; and the finance of each published agenda pack,
-- frozen as residents read it.

alter table revenue_statement add column commentary_figures text not null default 'AS_PRINTED'
    check (commentary_figures in ('AS_PRINTED', 'WORKED_OUT'));
alter table revenue_statement add column report_id bigint references report (id);
alter table saving_proposal add column report_id bigint references report (id);
alter table report add column agenda_item_id bigint references agenda_item (id) on delete set null;

create table division_name (
    name     text primary key,
    division text not null
);

-- The statements, tables, savings and checks of a pack's Part I papers as they stood when the pack was published.
create table published_finance (
    agenda_pack_id bigint primary key references agenda_pack (id),
    snapshot       jsonb not null
);

create function published_finance_frozen() returns trigger language plpgsql as $$
begin
    raise exception 'the finance of a published agenda pack is frozen: publish a new version of the pack instead';
end $$;

create trigger published_finance_no_change before update or delete on published_finance
    for each row execute function published_finance_frozen();

create trigger published_finance_public_page_changed after insert or update or delete or truncate on published_finance
    for each statement execute function public_page_changed();
