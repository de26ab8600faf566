package org.xinyong.workflow.listing;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Date;
import java.util.Map;
import java.util.Optional;

import org.camunda.bpm.engine.delegate.DelegateExecution;
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

/**
 * Service (送达) of the credit reminder and of the urging notice of a minor record's follow-up (DOMAIN.md "Service of
 * notices": the periods a document opens count from its service, not its issue; seed003 §二(四)1). The department
 * records it in its 登记送达 task ({@link #registerService}); the subject opening the document in the portal, or the
 * department recording it through {@code POST /documents/{id}/service}, serves it otherwise and moves the process on
 * ({@link #served}).
 */
@Component("followUpNotices")
public class FollowUpNotices {

    /** Messages of processes/listing-identification.bpmn and the variables they carry. */
    static final Map<DocumentKind, String[]> SERVICE_MESSAGES = Map.of(
            DocumentKind.CREDIT_REMINDER, new String[] {"RecordReminderServed", "reminderServedAt"},
            DocumentKind.URGING_NOTICE, new String[] {"RecordUrgingServed", "urgingServedAt"});

    private final CaseDocuments documents;
    private final DocumentServing serving;
    private final CaseProcesses processes;

    public FollowUpNotices(CaseDocuments documents, DocumentServing serving, CaseProcesses processes) {
        this.documents = documents;
        this.serving = serving;
        this.processes = processes;
    }

    /**
     * BPMN 记录送达 (Task_registerReminderService, Task_registerUrgingService): the method, day and evidence the
     * department entered (fields serviceMethod, servedOn, serviceEvidence) are recorded on the case's latest document
     * of {@code kind}; the day it took effect becomes {@code servedAtVariable}.
     */
    public void registerService(DelegateExecution execution, String kind, String servedAtVariable) {
        long caseId = CaseVariables.caseId(execution);
        CaseDocument document = latest(caseId, DocumentKind.valueOf(kind))
                .orElseThrow(() -> new NotFoundException("document.notFound", caseId));
        LocalDate day;
        String servedOn = FollowUpFields.text(execution, "servedOn");
        try {
            day = servedOn == null || servedOn.isBlank() ? null : LocalDate.parse(servedOn.trim());
        } catch (DateTimeParseException notADate) {
            day = null;
        }
        CaseDocument served = serving.recordByDepartment(document, FollowUpFields.text(execution, "serviceMethod"), day,
                FollowUpFields.text(execution, "serviceEvidence"), FollowUpFields.actor(execution));
        execution.setVariable(servedAtVariable, Date.from(served.served().servedAt()));
    }

    /** A reminder or urging notice was served otherwise: the process waiting for it moves on. */
    @EventListener
    public void served(DocumentServedEvent served) {
        CaseDocument document = served.document();
        String[] message = SERVICE_MESSAGES.get(document.kind());
        if (message == null || !CaseType.LISTING.name().equals(document.caseType())) {
            return;
        }
        String businessKey = ListingCase.BUSINESS_KEY_PREFIX + document.caseId();
        if (ListingNoticeService.recordedByTheProcessItself(businessKey)) {
            return;
        }
        processes.correlate(message[0], businessKey, Map.of(message[1], Date.from(served.service().servedAt())));
    }

    /** Whether the case's latest document of {@code kind} was served (an interview notice before "did not attend"). */
    public boolean isServed(long caseId, DocumentKind kind) {
        return latest(caseId, kind).map(CaseDocument::isServed).orElse(false);
    }

    private Optional<CaseDocument> latest(long caseId, DocumentKind kind) {
        return documents.ofCase(CaseType.LISTING.name(), String.valueOf(caseId)).stream()
                .filter(document -> document.kind() == kind).reduce((first, later) -> later);
    }
}
