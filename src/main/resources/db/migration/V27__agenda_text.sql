-- The text an agenda gives under an item (ModernGov's agendatext, cleaned to text with its paragraphs): shown on the
-- meeting page with the agenda. Scrutineer's own items carry their report as a paper instead, so it stays empty.
alter table agenda_item add column agenda_text text not null default '';
