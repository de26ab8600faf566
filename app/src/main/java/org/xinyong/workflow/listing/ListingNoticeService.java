package org.xinyong.workflow.listing;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Date;
import java.util.Map;
import java.util.Optional;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.xinyong.workflow.cases.CaseType;
import org.xinyong.workflow.documents.CaseDocument;
import org.xinyong.workflow.documents.CaseDocuments;
import org.xinyong.workflow.documents.DocumentKind;
import org.xinyong.workflow.documents.DocumentServedEvent;
import org.xinyong.workflow.documents.DocumentServing;
import org.xinyong.workflow.engine.CaseProcesses;
import org.xinyong.workflow.errors.NotFoundException;
import org.xinyong.workflow.security.CurrentUser;

/**
 * Service of the notice before listing (issue 13 item 5; DOMAIN.md "Service of notices"): the statement window counts
 * from service, not from issue. However the notice is served (the subject opening it in the portal, the department
 * recording post, e-mail, direct delivery or public notice through the API or its 登记送达 task), the listing's process
 * learns of it here (message {@value #MESSAGE} with {@value #SERVED_AT}) and opens the window from that day.
 */
@Component
public class ListingNoticeService {

    public static final String MESSAGE = "ListingNoticeServed";
    /** Process variable: when the notice took effect as served; the statement window counts from it. */
    public static final String SERVED_AT = "noticeServedAt";

    private final CaseDocuments documents;
    private final DocumentServing serving;
    private final CaseProcesses processes;

    public ListingNoticeService(CaseDocuments documents, DocumentServing serving, CaseProcesses processes) {
        this.documents = documents;
        this.serving = serving;
        this.processes = processes;
    }

    /** The notice was served: the process waiting for it moves on (in the transaction that recorded the service). */
    @EventListener
    public void noticeServed(DocumentServedEvent served) {
        CaseDocument document = served.document();
        if (document.kind() != DocumentKind.LISTING_NOTICE || !CaseType.LISTING.name().equals(document.caseType())) {
            return;
        }
        String businessKey = ListingCase.BUSINESS_KEY_PREFIX + document.caseId();
        if (recordedByTheProcessItself(businessKey)) {
            // the department's 登记送达 task of this very process recorded it: the process carries on by itself
            return;
        }
        processes.correlate(MESSAGE, businessKey, Map.of(SERVED_AT, Date.from(served.service().servedAt())));
    }

    /** Whether the service is being recorded by a delegate of the case's own process (a nested correlation would fail). */
    static boolean recordedByTheProcessItself(String businessKey) {
        var context = org.camunda.bpm.engine.impl.context.Context.getBpmnExecutionContext();
        return context != null && context.getExecution() != null
                && businessKey.equals(context.getExecution().getProcessBusinessKey());
    }

    /**
     * The subject states its case or objects from the portal: it evidently has the notice, so a notice not yet served
     * counts as served in the portal now (the statement is filed through the portal, where the notice is).
     */
    public void servedBeforeStatement(long caseId, CurrentUser subject) {
        notice(caseId).filter(notice -> !notice.isServed())
                .ifPresent(notice -> serving.servedOnPortalOpen(notice, subject));
    }

    /**
     * The department records the service (its 登记送达 task, or any caller that checked the department): answers when
     * it took effect.
     */
    public Date recordByDepartment(long caseId, String method, String servedOn, String evidence, String actor) {
        CaseDocument notice = notice(caseId).orElseThrow(() -> new NotFoundException("document.notFound", caseId));
        LocalDate day;
        try {
            day = servedOn == null || servedOn.isBlank() ? null : LocalDate.parse(servedOn.trim());
        } catch (DateTimeParseException notADate) {
            day = null;
        }
        CaseDocument served = serving.recordByDepartment(notice, method, day, evidence, actor);
        return Date.from(served.served().servedAt());
    }

    /** The case's notice before listing (the latest, should there be more than one). */
    public Optional<CaseDocument> notice(long caseId) {
        return documents.ofCase(CaseType.LISTING.name(), String.valueOf(caseId)).stream()
                .filter(document -> document.kind() == DocumentKind.LISTING_NOTICE).reduce((first, later) -> later);
    }
}
