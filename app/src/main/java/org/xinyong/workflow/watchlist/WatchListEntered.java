package org.xinyong.workflow.watchlist;

/**
 * A subject entered the watch list, published in the transaction that made the entry, so the exchange feed records
 * it with the change (DOMAIN.md "Exchange"; seed000 §三 归集) without the watch list depending on the exchange.
 */
public record WatchListEntered(WatchListEntry entry) {
}
