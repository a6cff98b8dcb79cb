-- What each published agenda pack or supplement meets: PDF/UA-1 (tagged for accessibility) and PDF/A-3u (archivable),
-- with the titles of the papers that kept it from meeting one. A published pack is frozen, so these are written when it
-- is published; packs published before this migration have none (null: not recorded).
alter table agenda_pack add column pdf_ua boolean;
alter table agenda_pack add column pdf_a boolean;
alter table agenda_pack add column not_pdf_ua text[] not null default '{}';
alter table agenda_pack add column not_pdf_a text[] not null default '{}';
