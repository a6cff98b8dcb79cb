-- Platform: boards, accounts, the audit trail and HTTP sessions (shared by every feature).

create table board (
    id          bigserial primary key,
    code        text not null unique,
    name        text not null,
    short_name  text not null
);

create table app_user (
    id            bigserial primary key,
    username      text not null unique,
    display_name  text not null,
    password_hash text not null,
    role          text not null check (role in ('MEMBER', 'OFFICER', 'ADMIN')),
    enabled       boolean not null default true,
    created_at    timestamptz not null default now()
);

-- Which boards a councillor (MEMBER) sits on: members read their boards' drafts.
create table board_access (
    board_id bigint not null references board (id) on delete cascade,
    user_id  bigint not null references app_user (id) on delete cascade,
    primary key (board_id, user_id)
);

-- Every create, update and delete of official data: who, when, what, old value, new value.
-- scope groups entries for one subject page, e.g. 'indicator:PH01a'.
create table audit_event (
    id          bigserial primary key,
    occurred_at timestamptz not null default now(),
    actor       text not null,
    action      text not null check (action in ('create', 'update', 'delete', 'publish', 'import')),
    entity_type text not null,
    entity_key  text not null,
    scope       text not null,
    old_value   jsonb,
    new_value   jsonb,
    note        text
);
create index audit_event_scope_ix on audit_event (scope, occurred_at desc);

-- The audit trail is append-only.
create function audit_event_append_only() returns trigger language plpgsql as $$
begin
    raise exception 'the audit trail cannot be changed';
end $$;
create trigger audit_event_no_change before update or delete on audit_event
    for each row execute function audit_event_append_only();

-- Spring Session JDBC: sessions in PostgreSQL so several web instances can share one database.
create table spring_session (
    primary_id            char(36) not null,
    session_id            char(36) not null,
    creation_time         bigint not null,
    last_access_time      bigint not null,
    max_inactive_interval int not null,
    expiry_time           bigint not null,
    principal_name        varchar(100),
    constraint spring_session_pk primary key (primary_id)
);
create unique index spring_session_ix1 on spring_session (session_id);
create index spring_session_ix2 on spring_session (expiry_time);
create index spring_session_ix3 on spring_session (principal_name);

create table spring_session_attributes (
    session_primary_id char(36) not null,
    attribute_name     varchar(200) not null,
    attribute_bytes    bytea not null,
    constraint spring_session_attributes_pk primary key (session_primary_id, attribute_name),
    constraint spring_session_attributes_fk foreign key (session_primary_id) references spring_session (primary_id) on delete cascade
);
