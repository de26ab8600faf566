package org.xinyong.workflow.documents;

/**
 * A document addressed to the subject was served, published in the transaction that recorded it: the lifecycle whose
 * period counts from the service (the statement window from the notice before listing) moves on.
 */
public record DocumentServedEvent(CaseDocument document, Served service) {
}
