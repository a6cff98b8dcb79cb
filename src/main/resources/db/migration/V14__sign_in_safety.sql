-- Safe defaults for accounts and signing in.

-- An account whose password someone else chose (the first administrator, from configuration) must change it before
-- doing anything else.
alter table app_user add column must_change_password boolean not null default false;

-- Failed sign-ins, counted per username tried (whether or not such an account exists) and per client address to slow
-- down password guessing. Kept here, not in memory, so that every instance behind a load balancer counts the same.
-- Rows older than a day are deleted as new ones come. No public page reads it: like the accounts, it is left out of the
-- public page version (V13), and HttpCachingTest names it among the tables without the trigger.
create table sign_in_failure (
    id        bigserial primary key,
    username  text not null,
    address   text not null,
    failed_at timestamptz not null
);
create index sign_in_failure_username_ix on sign_in_failure (username, failed_at);
create index sign_in_failure_address_ix on sign_in_failure (address, failed_at);
create index sign_in_failure_failed_at_ix on sign_in_failure (failed_at);

-- Signing in, and failing to, goes into the audit trail too.
alter table audit_event drop constraint audit_event_action_check;
alter table audit_event add constraint audit_event_action_check
    check (action in ('create', 'update', 'delete', 'publish', 'import', 'sign_in', 'sign_in_failed'));
