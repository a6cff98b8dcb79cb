-- Search reads each row's search vector as stored, instead of parsing every paper's text on every query to match it,
-- again to rank it and again for its extract: with one paper of 5,000 pages of text a search took 12 to 26 seconds,
-- and one that matched nothing 5. The vectors are worked out once, when a row is written. The expression indexes of V8
-- are replaced by indexes on the stored vectors.
alter table item_document add column search_vector tsvector
    generated always as (to_tsvector('english', title || ' ' || text)) stored;
create index item_document_search_vector on item_document using gin (search_vector);
drop index item_document_search;

alter table agenda_item add column search_vector tsvector
    generated always as (to_tsvector('english', title || ' ' || minutes)) stored;
create index agenda_item_search_vector on agenda_item using gin (search_vector);
drop index agenda_item_search;
