package org.xinyong.workflow.listing;

/**
 * A new dishonesty record was made, published in the recording transaction. Credit repair listens: a new record of
 * the subject between application and acceptance ends its repair (seed003 §二(五)2).
 */
public record DishonestyRecorded(long caseId, String subjectCode) {
}
