package org.xinyong.workflow.rules;

/**
 * Who takes a decision that the seeds and the national rules give to different bodies (DOMAIN.md "Rules"):
 * seed003 §二(五)3 has the leading group (社会信用体系建设领导小组) decide a credit repair on the lead department's
 * report; 国办发〔2025〕22号 "谁认定、谁修复" gives it to the identifying department.
 */
public enum DecidingBody {
    /** The county's leading group (group {@code leading-group}), after the credit office checked the report. */
    LEADING_GROUP,
    /** The department that identified the record (group {@code dept-<code>-head}). */
    IDENTIFYING_DEPARTMENT
}
