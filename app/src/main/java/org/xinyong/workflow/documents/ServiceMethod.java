package org.xinyong.workflow.documents;

/**
 * How a document was served on the subject (DOMAIN.md "Service of notices"; API.md {@code serviceMethod}). The
 * methods follow the service of administrative documents (《行政处罚法》第六十一条, which refers to 《民事诉讼法》:
 * 直接送达, 邮寄送达, 电子送达 with the addressee's consent, 公告送达 when the addressee cannot be reached).
 */
public enum ServiceMethod {
    /** Served when the subject first opens the document in the portal (recorded automatically). */
    PORTAL,
    /** E-mail to the subject's registered address; the caseworker records the date it reached the address. */
    EMAIL,
    /** Post: the date of receipt on the return slip (回执). */
    POST,
    /** Direct delivery: the date on the signed receipt (送达回证). */
    DIRECT,
    /**
     * Public notice (公告送达) when the subject cannot be reached: served when the rule set's publicNoticeServicePeriod
     * (default 30 days, 《民事诉讼法》第九十五条 "经过三十日，即视为送达") has passed since the notice was published.
     */
    PUBLIC_NOTICE
}
