-- Public questions under Standing Order 34(9): submitted by residents on the public site, decided by an officer,
-- put at the meeting and answered there or in writing.

-- The council's one-off closure days (24 December, say), laid over the weekends and bank holidays of the meetings'
-- one working-day calendar: the five clear days and the public question deadline both use them.
create table closure_day (
    day      date primary key,
    reason   text not null,
    added_by text not null
);

-- The questioner's personal data, kept for the reply only and deleted a set time after it (the question, its answer
-- and the name the minutes print stay). No public page reads it, so it does not move the public page version.
create table questioner (
    id         bigserial primary key,
    name       text not null,
    address    text not null,
    postcode   text not null,
    email      text not null,
    person_key text not null,
    created_at timestamptz not null
);

-- The questions the minutes already held (typed in after the meeting) were answered there: ANSWERED.
alter table public_question
    add column reference        text unique,
    add column state            text not null default 'ANSWERED'
        check (state in ('RECEIVED', 'ACCEPTED', 'REJECTED', 'WITHDRAWN', 'ANSWERED', 'WRITTEN_RESPONSE_DUE',
                         'WRITTEN_RESPONSE_SENT', 'NOT_REACHED', 'NOT_ASKED')),
    add column received_at      timestamptz,
    add column questioner_id    bigint references questioner (id) on delete set null,
    add column organisation     text not null default '',
    add column about_item_id    bigint references agenda_item (id) on delete set null,
    add column about_other      boolean not null default false,
    add column decided_by       text,
    add column decided_at       timestamptz,
    add column ground           text,
    add column decision_reason  text not null default '',
    add column running_position int,
    add column response_due     date,
    add column response_sent_at timestamptz,
    add column reminded_on      date;

-- Similar past questions for the officer deciding the repeat ground (PQ-08c).
create index public_question_text on public_question using gin (to_tsvector('english', question || ' ' || supplementary));

-- Mail to residents and officers: sent by SMTP when one is configured, kept here either way so that officers can read
-- what went (and what did not). Holds e-mail addresses, so no public page reads it.
create table outbox_message (
    id         bigserial primary key,
    to_address text not null,
    subject    text not null,
    body       text not null,
    created_at timestamptz not null,
    sent_at    timestamptz,
    failure    text
);

-- Submissions counted per client address and per e-mail (hashed) to slow down scripts.
create table question_attempt (
    at         timestamptz not null,
    client     text not null,
    email_hash text not null
);
create index question_attempt_at on question_attempt (at);

create trigger closure_day_public_page_changed after insert or update or delete or truncate on closure_day
    for each statement execute function public_page_changed();
