package org.xinyong.workflow.documents;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Optional;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.xinyong.workflow.audit.AuditAction;
import org.xinyong.workflow.audit.AuditLog;
import org.xinyong.workflow.calendar.BusinessClock;
import org.xinyong.workflow.calendar.WorkingDayCalendar;
import org.xinyong.workflow.cases.CaseKinds;
import org.xinyong.workflow.cases.CaseType;
import org.xinyong.workflow.errors.ConflictException;
import org.xinyong.workflow.errors.InvalidRequestException;
import org.xinyong.workflow.errors.NotFoundException;
import org.xinyong.workflow.rules.LegalDuration;
import org.xinyong.workflow.rules.RuleSets;
import org.xinyong.workflow.security.CurrentUser;

/**
 * Service (送达) of the documents addressed to the subject (issue 13 item 5; DOMAIN.md "Service of notices"): a legal
 * fact with its method, date and evidence, recorded once. The portal serves a document when the subject first opens
 * it; the owning department records e-mail, post (the return slip's date), direct delivery (the signed receipt) and
 * public notice (served once the rule set's publicNoticeServicePeriod has passed since publication). Each recording is
 * audited and announced ({@link DocumentServedEvent}) in the same transaction, so a period that counts from service
 * starts with it.
 */
@Service
public class DocumentServing {

    /** The evidence column of {@code case_document}. */
    static final int MAX_EVIDENCE = 1000;

    private final CaseDocuments documents;
    private final CaseKinds kinds;
    private final JdbcClient jdbc;
    private final RuleSets ruleSets;
    private final WorkingDayCalendar calendar;
    private final AuditLog audit;
    private final BusinessClock clock;
    private final ApplicationEventPublisher events;

    public DocumentServing(CaseDocuments documents, CaseKinds kinds, JdbcClient jdbc, RuleSets ruleSets,
                           WorkingDayCalendar calendar, AuditLog audit, BusinessClock clock,
                           ApplicationEventPublisher events) {
        this.documents = documents;
        this.kinds = kinds;
        this.jdbc = jdbc;
        this.ruleSets = ruleSets;
        this.calendar = calendar;
        this.audit = audit;
        this.clock = clock;
        this.events = events;
    }

    /** The subject opened its document in the portal: served now, unless it was served before. */
    @Transactional
    public void servedOnPortalOpen(CaseDocument document, CurrentUser reader) {
        if (document.isServed() || !document.kind().isAddressedToSubject() || !reader.isEnterprise()
                || reader.subjectCode() == null || !reader.subjectCode().equals(document.subjectCode())) {
            return;
        }
        Instant now = clock.now();
        record(document, new Served(ServiceMethod.PORTAL, now, "opened in the portal by " + reader.username(),
                reader.username(), now));
    }

    /**
     * {@code POST /documents/{id}/service}: the owning department records how and when the document was served.
     *
     * @param servedOn the day of receipt (return slip, signed receipt, e-mail), or for a public notice the day it was
     *                 published
     */
    @Transactional
    public CaseDocument recordService(long documentId, String method, LocalDate servedOn, String evidence,
                                      CurrentUser user) {
        CaseDocument document = documents.find(documentId)
                .orElseThrow(() -> new NotFoundException("document.notFound", documentId));
        if (!ownsCase(user, document)) {
            throw new AccessDeniedException("Only the department that owns the case records the service");
        }
        return recordByDepartment(document, method, servedOn, evidence, user.username());
    }

    /**
     * The same recording for a caller that already checked the user (the department's service task of the case's
     * process).
     */
    @Transactional
    public CaseDocument recordByDepartment(CaseDocument document, String method, LocalDate servedOn, String evidence,
                                           String actor) {
        ServiceMethod serviceMethod = parseMethod(method);
        if (!document.kind().isAddressedToSubject()) {
            throw new InvalidRequestException("document.service.notAddressed", document.title());
        }
        if (document.isServed()) {
            throw new ConflictException("document.service.already", document.id());
        }
        LocalDate issuedOn = document.issuedAt().atZone(clock.zone()).toLocalDate();
        if (servedOn == null || servedOn.isBefore(issuedOn) || servedOn.isAfter(clock.today())) {
            throw new InvalidRequestException("document.service.date", issuedOn, clock.today());
        }
        String proof = evidence == null ? "" : evidence.trim();
        if (proof.isEmpty() || proof.length() > MAX_EVIDENCE) {
            throw new InvalidRequestException("document.service.evidence", MAX_EVIDENCE);
        }
        LocalDate effective = serviceMethod == ServiceMethod.PUBLIC_NOTICE
                ? after(servedOn, ruleSets.byId(ruleSetIdOf(document)).publicNoticeServicePeriod().duration())
                : servedOn;
        Instant servedAt = effective.atStartOfDay(clock.zone()).toInstant();
        if (!record(document, new Served(serviceMethod, servedAt, proof, actor, clock.now()))) {
            throw new ConflictException("document.service.already", document.id());
        }
        return documents.find(document.id()).orElseThrow();
    }

    private boolean record(CaseDocument document, Served service) {
        if (!documents.recordService(document.id(), service)) {
            return false;
        }
        audit.record(AuditAction.DOCUMENT_SERVED, document.subjectCode(), document.caseType() + "-" + document.caseId(),
                document.kind().name() + " #" + document.id() + " served by " + service.method() + " on "
                        + service.servedAt().atZone(clock.zone()).toLocalDate() + "; " + service.evidence(), null);
        events.publishEvent(new DocumentServedEvent(document, service));
        return true;
    }

    private static ServiceMethod parseMethod(String method) {
        try {
            ServiceMethod parsed = ServiceMethod.valueOf(method == null ? "" : method.trim().toUpperCase(Locale.ROOT));
            if (parsed == ServiceMethod.PORTAL) {
                // the portal serves by itself when the subject opens the document; nobody records it by hand
                throw new InvalidRequestException("document.service.portalAutomatic");
            }
            return parsed;
        } catch (IllegalArgumentException unknown) {
            throw new InvalidRequestException("document.service.method", String.valueOf(method));
        }
    }

    private LocalDate after(LocalDate day, LegalDuration period) {
        return switch (period.unit()) {
            case CALENDAR_DAYS -> day.plusDays(period.amount());
            case WORKING_DAYS -> calendar.plusWorkingDays(day, period.amount());
            case MONTHS -> day.plusMonths(period.amount());
            case YEARS -> day.plusYears(period.amount());
        };
    }

    /** The department of the document's case may record its service (the case kind's table names it). */
    private boolean ownsCase(CurrentUser user, CaseDocument document) {
        return caseColumn(document, "department_code").map(department -> user.isStaff()
                && department.equals(user.departmentCode())).orElse(false);
    }

    private String ruleSetIdOf(CaseDocument document) {
        return caseColumn(document, "rule_set_id").orElseGet(() -> ruleSets.inForceToday().id());
    }

    private Optional<String> caseColumn(CaseDocument document, String column) {
        CaseType type;
        try {
            type = CaseType.valueOf(document.caseType());
        } catch (IllegalArgumentException unknown) {
            return Optional.empty();
        }
        // table() and the column are constants of the code, never input
        return kinds.find(type).flatMap(kind -> jdbc.sql("select " + column + " from " + kind.table() + " where id = ?")
                .param(Long.parseLong(document.caseId())).query(String.class).optional());
    }
}
