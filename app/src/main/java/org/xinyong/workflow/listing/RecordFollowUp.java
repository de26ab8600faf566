package org.xinyong.workflow.listing;

import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Map;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.xinyong.workflow.audit.AuditAction;
import org.xinyong.workflow.audit.AuditLog;
import org.xinyong.workflow.calendar.BusinessClock;
import org.xinyong.workflow.cases.CaseType;
import org.xinyong.workflow.documents.CaseDocument;
import org.xinyong.workflow.documents.CaseDocuments;
import org.xinyong.workflow.documents.DocumentKind;
import org.xinyong.workflow.errors.ConflictException;
import org.xinyong.workflow.errors.InvalidRequestException;
import org.xinyong.workflow.errors.NotFoundException;
import org.xinyong.workflow.notification.PortalInbox;
import org.xinyong.workflow.rules.RuleSet;
import org.xinyong.workflow.rules.RuleSets;
import org.xinyong.workflow.rules.Severity;
import org.xinyong.workflow.watchlist.WatchListEntry;
import org.xinyong.workflow.watchlist.WatchLists;

/**
 * The follow-up of a minor record (seed003 §二(四)1): "对发生轻微失信行为的企业，各单位应当责令其停止失信行为并进行整改，
 * 可以采取信用提醒和诚信约谈等方式予以惩戒 … 企业接到信用提醒后无故不矫正相关失信行为或者无故不参加约谈、约谈事项不落实，
 * 经督促后仍不履行的，上升为较重失信行为予以惩戒". The steps of processes/listing-identification.bpmn after the credit
 * reminder call one method each; every step writes its state change, its documents and its audit entry in the engine's
 * transaction.
 */
@Service
@Transactional
public class RecordFollowUp {

    static final int MAX_TEXT = 1000;
    static final int MAX_MINUTES = 4000;

    private final ListingCaseRepository cases;
    private final CaseDocuments documents;
    private final ListingDocumentModels models;
    private final PortalInbox inbox;
    private final AuditLog audit;
    private final BusinessClock clock;
    private final RuleSets ruleSets;
    private final WatchLists watchLists;
    private final FollowUpNotices notices;
    private final SeverityAssessment severities;

    public RecordFollowUp(ListingCaseRepository cases, CaseDocuments documents, ListingDocumentModels models,
                          PortalInbox inbox, AuditLog audit, BusinessClock clock, RuleSets ruleSets,
                          WatchLists watchLists, FollowUpNotices notices, SeverityAssessment severities) {
        this.severities = severities;
        this.notices = notices;
        this.cases = cases;
        this.documents = documents;
        this.models = models;
        this.inbox = inbox;
        this.audit = audit;
        this.clock = clock;
        this.ruleSets = ruleSets;
        this.watchLists = watchLists;
    }

    /**
     * The interview notice (诚信约谈通知书): the day, the place and who is to attend for the subject.
     *
     * @param interviewOn an ISO date ({@code 2026-12-10}), today or later
     * @return the start of the appointed day, from which the minutes are due (deadline INTERVIEW_RECORD)
     * @throws InvalidRequestException (400) naming the field that is missing or wrong
     */
    public Instant appointInterview(long caseId, String interviewOn, String place, String interviewee, String actor) {
        ListingCase record = openFollowUp(caseId);
        LocalDate day = day(interviewOn);
        String where = required(place, "interviewPlace", MAX_TEXT);
        String who = required(interviewee, "interviewee", MAX_TEXT);
        Map<String, Object> model = models.base(record, "信约");
        model.put("interviewOnText", models.date(day));
        model.put("interviewPlace", where);
        model.put("interviewee", who);
        model.put("bodyText", models.label("listing.doc.followUp.interview.body"));
        model.put("warningText", models.label("listing.doc.followUp.interview.warning"));
        CaseDocument notice = issue(record, DocumentKind.INTERVIEW_NOTICE, model, actor);
        inbox.deliver(notice, models.label("listing.inbox.interview", models.date(day)));
        audit.record(AuditAction.DOCUMENT_ISSUED, record.subjectCode(), record.businessKey(),
                "integrity interview on " + day + " at " + where + " (" + who + "); notice " + notice.id(), null);
        return day.atStartOfDay(clock.zone()).toInstant();
    }

    /** The minutes of the interview held: who attended, the rectification promised, the minutes themselves. */
    public CaseDocument recordInterview(long caseId, String attendees, String rectificationPromised, String minutes,
                                        String actor) {
        ListingCase record = openFollowUp(caseId);
        Map<String, Object> model = models.base(record, "信谈");
        model.put("attendees", required(attendees, "attendees", MAX_TEXT));
        model.put("rectificationPromised", required(rectificationPromised, "rectificationPromised", MAX_TEXT));
        model.put("minutes", required(minutes, "minutes", MAX_MINUTES));
        model.put("heldOnText", models.date(clock.today()));
        CaseDocument minutesDocument = issue(record, DocumentKind.INTERVIEW_MINUTES, model, actor);
        inbox.deliver(minutesDocument, models.label("listing.inbox.interviewMinutes"));
        audit.record(AuditAction.DOCUMENT_ISSUED, record.subjectCode(), record.businessKey(),
                "integrity interview held and minuted (" + minutesDocument.id() + "); attendees: " + attendees, null);
        return minutesDocument;
    }

    /**
     * The urging notice (督促整改通知书): a last period to comply before the record is raised to general.
     *
     * @param afterRefusedInterview the department found that the subject did not attend the interview: only a subject
     *                              that was served the interview notice can have failed to attend it (DOMAIN.md
     *                              "Service of notices"), else 409 and the department's task stays open
     */
    public CaseDocument urge(long caseId, String reason, boolean afterRefusedInterview) {
        ListingCase record = openFollowUp(caseId);
        if (afterRefusedInterview && !notices.isServed(caseId, DocumentKind.INTERVIEW_NOTICE)) {
            throw new ConflictException("listing.followUp.interviewNotServed", caseId);
        }
        Map<String, Object> model = models.base(record, "信督");
        model.put("reasonText", reason == null || reason.isBlank() ? models.label("listing.doc.followUp.urging.noReason")
                : reason.trim());
        model.put("periodText", models.duration(ruleSets.byId(record.ruleSetId()).urgingPeriod().duration()));
        model.put("warningText", models.label("listing.doc.followUp.urging.warning"));
        CaseDocument notice = issue(record, DocumentKind.URGING_NOTICE, model, ListingProcedure.SYSTEM);
        inbox.deliver(notice, models.label("listing.inbox.urging"));
        audit.record(AuditAction.DOCUMENT_ISSUED, record.subjectCode(), record.businessKey(),
                "urged to correct (" + notice.id() + "): " + model.get("reasonText"), null);
        return notice;
    }

    /**
     * Still not complied with after urging: the record is raised (上升为较重失信行为予以惩戒, seed003 §二(四)1). Its new
     * severity is the escalation table's answer on the real outcome — the reminder ignored after urging — and the
     * subject's records in the window (seed003 §二(一)2-3): general as a rule, serious when it is the subject's third
     * general record within the window. The previous severity is kept as a correction and the assessment audited with
     * its inputs and table version. A general record puts the subject on the watch list with the measures for general
     * records (seed003 §二(四)2) and is told so, and the case ends; a serious one goes on to the notice before listing.
     *
     * @return the severity the record now has
     */
    public Severity raise(long caseId, String reason, String actor) {
        ListingCase record = cases.findForUpdate(caseId)
                .orElseThrow(() -> new NotFoundException("listing.case.notFound", caseId));
        if (record.status() != ListingCaseStatus.FOLLOW_UP) {
            throw new IllegalStateException("Case " + caseId + " is not in its follow-up but " + record.status());
        }
        RuleSet ruleSet = ruleSets.byId(record.ruleSetId());
        SeverityAssessment.Assessment assessment = severities.assess(ruleSet, record.subjectCode(), record.severity(),
                false, true);
        Severity raisedTo = assessment.severity() == Severity.MINOR ? Severity.GENERAL : assessment.severity();
        String why = models.label("listing.doc.followUp.raised.reason") + (reason == null || reason.isBlank() ? ""
                : "：" + reason.trim());
        cases.correct(new RecordCorrection(0, caseId, null, record.facts(), record.severity(), record.measures(),
                record.facts(), raisedTo, record.measures(), why, actor, clock.now()));
        audit.record(AuditAction.RECORD_CORRECTED, record.subjectCode(), record.businessKey(),
                "severity " + record.severity() + " -> " + raisedTo + " (seed003 §二(四)1: not complied with after"
                        + " urging); " + assessment.describe() + "; rule set " + ruleSet.id(), null);
        if (raisedTo == Severity.SERIOUS) {
            return raisedTo;
        }
        ListingCase raised = caseOf(caseId);
        WatchListEntry entry = watchLists.enter(raised.id(), raised.subjectType().name(), raised.subjectCode(),
                raised.subjectName(), raised.departmentCode(), ruleSet);
        Map<String, Object> model = models.base(raised, "信升");
        model.put("reasonText", why);
        model.put("watchListText", models.label("listing.doc.reminder.watchList", models.date(entry.since()),
                models.date(entry.until()), models.measureTitles(entry.measures())));
        model.put("notListedText", models.label("listing.doc.reminder.notListed"));
        CaseDocument notice = issue(raised, DocumentKind.RECORD_RAISED, model, ListingProcedure.SYSTEM);
        inbox.deliver(notice, models.label("listing.inbox.raised"));
        audit.record(AuditAction.DOCUMENT_ISSUED, raised.subjectCode(), raised.businessKey(),
                "record raised to general: watch list entry " + entry.id() + "; notice " + notice.id(), null);
        cases.close(raised, ListingCaseStatus.GRADED, "RAISED_TO_GENERAL", clock.now());
        return raisedTo;
    }

    /** The subject stopped and corrected the act: the follow-up ends; the record stays and counts for escalation. */
    public void closeRectified(long caseId) {
        ListingCase record = openFollowUp(caseId);
        audit.record(AuditAction.STATE_CHANGED, record.subjectCode(), record.businessKey(),
                "minor record rectified; follow-up closed", null);
        cases.close(record, ListingCaseStatus.GRADED, "RECTIFIED", clock.now());
    }

    private ListingCase openFollowUp(long caseId) {
        ListingCase record = caseOf(caseId);
        if (record.status() != ListingCaseStatus.FOLLOW_UP) {
            throw new IllegalStateException("Case " + caseId + " is not in its follow-up but " + record.status());
        }
        return record;
    }

    private LocalDate day(String text) {
        if (text == null || text.isBlank()) {
            throw new InvalidRequestException("listing.followUp.fieldRequired", "interviewOn");
        }
        LocalDate day;
        try {
            day = LocalDate.parse(text.trim());
        } catch (DateTimeParseException notADate) {
            throw new InvalidRequestException("listing.followUp.interviewOn", text);
        }
        if (day.isBefore(clock.today())) {
            throw new InvalidRequestException("listing.followUp.interviewOnPast", text);
        }
        return day;
    }

    private static String required(String text, String field, int max) {
        if (text == null || text.isBlank()) {
            throw new InvalidRequestException("listing.followUp.fieldRequired", field);
        }
        if (text.trim().length() > max) {
            throw new InvalidRequestException("listing.followUp.fieldTooLong", field, max);
        }
        return text.trim();
    }

    private CaseDocument issue(ListingCase record, DocumentKind kind, Map<String, Object> model, String actor) {
        return documents.issue(CaseType.LISTING.name(), String.valueOf(record.id()), record.subjectCode(), kind, model,
                actor);
    }

    private ListingCase caseOf(long caseId) {
        return cases.find(caseId).orElseThrow(() -> new NotFoundException("listing.case.notFound", caseId));
    }
}
