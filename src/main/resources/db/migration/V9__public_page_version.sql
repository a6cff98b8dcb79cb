-- A counter that moves whenever anything the public meeting pages show changes, so kept pages are served again only
-- while it stands still (unrelated writes such as sessions, the audit trail or vacuum do not move it).
create sequence public_page_version;

create function public_page_changed() returns trigger language plpgsql as $$
begin
    perform nextval('public_page_version');
    return null;
end $$;

do $$
declare
    t text;
begin
    foreach t in array array['board', 'board_member', 'meeting', 'attendance', 'agenda_item', 'item_document', 'agenda_pack',
                             'minute_action', 'declaration', 'public_question']
    loop
        execute format('create trigger %I after insert or update or delete or truncate on %I for each statement '
                       'execute function public_page_changed()', t || '_public_page_changed', t);
    end loop;
end $$;
