-- Each figure and target carries a version, moved on every change (a single save or an import). A form and an API call
-- that say which version they corrected are refused when another officer changed it in between, rather than the last
-- writer silently replacing the first.
alter table indicator_value add column version int not null default 1;
alter table indicator_target add column version int not null default 1;
