-- Issue 14: a watch-list entry (重点关注名单, seed003 §二(四)2) ends by itself when its period ends; the platforms must
-- learn of it (DOMAIN.md "Exchange": watchlist.exited). exited_at marks the entry whose end was announced, set once by
-- a conditional update so that two nodes never announce it twice (watchlist.WatchListExpiry).
alter table watch_list_entry add column exited_at timestamp;
create index idx_watch_list_until on watch_list_entry (until_at);
