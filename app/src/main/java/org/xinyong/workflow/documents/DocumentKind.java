package org.xinyong.workflow.documents;

/** The formal documents the procedure issues; each has one Thymeleaf template under {@code templates/documents/}. */
public enum DocumentKind {
    /** 失信告知书: notice before listing (seed001 §四 8). */
    LISTING_NOTICE("listing-notice", "失信告知书"),
    /** 认定决定书: listing decision (seed001 §四 8-10). */
    LISTING_DECISION("listing-decision", "严重失信主体名单认定决定书"),
    /**
     * 信用提醒函: a record assessed minor or general is handled below the serious list: the subject is told of the
     * finding and ordered to stop and correct it (seed003 §二(四)1-2); it is not listed and no joint sanction applies.
     */
    CREDIT_REMINDER("credit-reminder", "信用提醒函"),
    /** The follow-up of a minor record (seed003 §二(四)1): the integrity interview's notice and minutes, urging, raising. */
    INTERVIEW_NOTICE("record-follow-up", "诚信约谈通知书"),
    INTERVIEW_MINUTES("record-follow-up", "诚信约谈记录"),
    URGING_NOTICE("record-follow-up", "督促整改通知书"),
    RECORD_RAISED("record-follow-up", "失信行为上升为较重失信行为告知书"),
    /**
     * 失信信息更正决定书: the record corrected after an objection, old and new values side by side, and the
     * restoration of the subject's reputation (seed000 §五(五); seed004 §三(三)7; issue 13 item 1).
     */
    LISTING_CORRECTION("listing-correction", "失信信息更正决定书"),
    /** 不予列入告知: the case ended without a listing. */
    NOT_LISTED_NOTICE("not-listed-notice", "不予列入严重失信主体名单告知书"),
    /** 异议不予受理告知书: refusal of an objection with its reason (seed004 §三(三)7). */
    OBJECTION_REFUSAL("objection-refusal", "异议申请不予受理告知书"),
    /** 异议处理答复书: the written reply on a verified objection (DOMAIN Lifecycle B.5). */
    OBJECTION_REPLY("objection-reply", "异议申请处理答复书"),
    /** Written answers and decisions of credit repair (seed003 §二(五)3-4), one template. */
    REPAIR_ACCEPTANCE("repair-notice", "信用修复申请受理通知书"),
    REPAIR_REFUSAL("repair-notice", "信用修复申请不予受理通知书"),
    REPAIR_REPORT("repair-notice", "信用修复情况说明"),
    REPAIR_DECISION("repair-notice", "信用修复决定书"),
    REPAIR_REJECTION("repair-notice", "信用修复不予通过通知书"),
    REPAIR_TERMINATION("repair-notice", "信用修复终止通知书");

    private final String template;
    private final String title;

    DocumentKind(String template, String title) {
        this.template = template;
        this.title = title;
    }

    public String template() {
        return "documents/" + template;
    }

    public String title() {
        return title;
    }

    /**
     * Whether the document is addressed to the subject and so must be served on it (DOMAIN.md "Service of notices");
     * the repair report goes from the department to the credit office.
     */
    public boolean isAddressedToSubject() {
        return this != REPAIR_REPORT;
    }
}
