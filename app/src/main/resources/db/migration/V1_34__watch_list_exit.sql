-- Issue 14: a watch-list entry (重点关注名单, seed003 §二(四)2) ends by itself when its period ends; the platforms must
-- learn of it (DOMAIN.md "Exchange": watchlist.exited). exited_at marks the entry whose end was announced, set once by
-- a conditional update so that two nodes never announce it twice (watchlist.WatchListExpiry).
alter table watch_list_entry add column exited_at timestamp;
create index idx_watch_list_until on watch_list_entry (until_at);

-- Issue 14: a general record is published (适当范围的公示, seed003 §二(四)2) for the rule set's publicationPeriod of
-- general records (national 2026 set: 3 months to 1 year; 国办发〔2025〕22号), counted from its entry; minor records are
-- not published (the shipped sets choose "not published" of "not published or at most 3 months"). Entries made before
-- this column are published until their end.
alter table watch_list_entry add column publish_until timestamp;
update watch_list_entry set publish_until = until_at where publish_until is null;
