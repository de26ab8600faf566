package org.xinyong.workflow.listing;

import java.time.LocalDate;

/**
 * A dishonesty record was identified: the department head approved the finding (BPMN Flow_headApproved), published
 * in that transaction. A finding merely entered by a caseworker, or one the head returned, is no record yet.
 * Credit repair listens: a record of the subject whose act falls between the repair's application and its
 * acceptance ends that repair (seed003 §二(五)2 "自企业提出信用修复申请到调查验收期间,企业未再发生新的失信行为").
 *
 * @param basisDate the date of the legally effective document the record rests on, the record's act date (the
 *                  finding has no earlier date of the act)
 */
public record DishonestyRecorded(long caseId, String subjectCode, LocalDate basisDate) {
}
