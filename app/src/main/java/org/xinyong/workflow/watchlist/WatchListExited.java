package org.xinyong.workflow.watchlist;

/** A watch-list entry's period ended (seed003 §二(四)2): published in the transaction that marks it. */
public record WatchListExited(WatchListEntry entry) {
}
