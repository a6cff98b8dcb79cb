-- The officer's commentary under a statement (generated from the figures as a starting point, then edited).
alter table revenue_statement add column commentary text;
