-- The public page version (V9) now stands for every public page, not only the meeting pages: its value is the ETag that
-- published reports, the home page, the assurance and improvement pages and search answer with, and a 304 for a page
-- that did change would be worse than none. So every table moves it, except those that no public page reads: accounts,
-- who sits on which board, the audit trail, HTTP sessions and Flyway's own history. A table added later needs the trigger
-- too (PublicPageVersionTest names any table that has none).
do $$
declare
    t text;
begin
    for t in select c.relname from pg_class c join pg_namespace n on n.oid = c.relnamespace
             where n.nspname = current_schema() and c.relkind in ('r', 'p')
               and c.relname not in ('app_user', 'board_access', 'audit_event', 'spring_session', 'spring_session_attributes',
                                     'flyway_schema_history')
               and not exists (select 1 from pg_trigger g where g.tgrelid = c.oid and g.tgname = c.relname || '_public_page_changed')
    loop
        execute format('create trigger %I after insert or update or delete or truncate on %I for each statement '
                       'execute function public_page_changed()', t || '_public_page_changed', t);
    end loop;
end $$;

-- A new sequence's last_value stays put on its first nextval (only is_called changes): take that one now, so that
-- every later change moves the version.
select nextval('public_page_version');
