package org.xinyong.workflow.listing;

import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.xinyong.workflow.validation.Paging;
import org.xinyong.workflow.audit.AuditAction;
import org.xinyong.workflow.audit.AuditLog;
import org.xinyong.workflow.calendar.BusinessClock;
import org.xinyong.workflow.cases.CaseType;
import org.xinyong.workflow.engine.CaseProcesses;
import org.xinyong.workflow.reference.MeasureCatalogue;
import org.xinyong.workflow.rules.RuleSet;
import org.xinyong.workflow.rules.RuleSets;
import org.xinyong.workflow.rules.Severity;
import org.xinyong.workflow.security.CurrentUser;
import org.xinyong.workflow.errors.InvalidRequestException;
import org.xinyong.workflow.errors.NotFoundException;

/** Recording findings and reading listing cases (DOMAIN Lifecycle A.1). */
@Service
public class ListingCases {

    public static final String PROCESS_KEY = "listing-identification";

    private final ListingCaseRepository cases;
    private final SeverityAssessment severities;
    private final RuleSets ruleSets;
    private final MeasureCatalogue measures;
    private final CaseProcesses processes;
    private final ListingAccess access;
    private final AuditLog audit;
    private final BusinessClock clock;
    private final ListingProperties properties;

    public ListingCases(ListingCaseRepository cases, SeverityAssessment severities, RuleSets ruleSets,
                        MeasureCatalogue measures, CaseProcesses processes, ListingAccess access, AuditLog audit,
                        BusinessClock clock, ListingProperties properties) {
        this.cases = cases;
        this.severities = severities;
        this.ruleSets = ruleSets;
        this.measures = measures;
        this.processes = processes;
        this.access = access;
        this.audit = audit;
        this.clock = clock;
        this.properties = properties;
    }

    /**
     * Records a finding and starts listing identification. The case row, its audit entry and the process start
     * commit together or not at all.
     */
    @Transactional
    public ListingCase record(RecordFindingRequest request, CurrentUser user) {
        String department = user.departmentCode();
        if (!access.mayRecordFor(user, department)) {
            throw new AccessDeniedException("Only a department's caseworkers record findings");
        }
        refuseWhatIsNotPublicCreditInformation(request);
        refuseAnIgnoredReminderTickedByHand(request);
        BasisType basisType = parse(BasisType.class, request.basisType(), "listing.refused.basisNotEffective");
        SeriousListDomain domain = parse(SeriousListDomain.class, request.domain(), "listing.refused.domain");
        Severity proposed = parse(Severity.class, request.severity(), "listing.refused.severity");
        if (request.basisDate().isAfter(clock.today())) {
            throw new InvalidRequestException("listing.refused.basisInFuture", request.basisDate());
        }
        if (request.basisDate().isBefore(properties.earliestBasisDate())) {
            throw new InvalidRequestException("listing.refused.basisTooEarly", request.basisDate(),
                    properties.earliestBasisDate());
        }
        // seed001 §四 9-10: a department imposes only measures within its competence; a court-only one is not
        List<String> measureCodes = ListingMeasureRules.check(measures, domain, request.measures());
        // the record keeps the set in force on the day it is made (DOMAIN.md "Rules"), escalation included
        RuleSet ruleSet = ruleSets.inForceToday();
        SeverityAssessment.Assessment assessment = severities.assess(ruleSet, request.subjectCode(), proposed,
                RecordFindingRequest.isTrue(request.legalRepresentativeSerious()), false);
        Severity severity = assessment.severity();

        ListingCase draft = new ListingCase(0, ListingCaseStatus.UNDER_REVIEW, department, request.subjectType(),
                request.subjectCode(), request.subjectName().trim(), basisType, request.basisNumber().trim(),
                request.basisDate(), domain, proposed, severity, request.facts().trim(), measureCodes, ruleSet.id(),
                null, user.username(), clock.now(), null, null,
                request.recordKind() == null || request.recordKind().isBlank() ? null : request.recordKind().trim());
        long id = cases.insert(draft);
        audit.record(AuditAction.CASE_RECORDED, request.subjectCode(), ListingCase.businessKey(id),
                assessment.describe() + "; rule set " + ruleSet.id(), null);
        String processInstanceId = processes.start(PROCESS_KEY, ListingCase.businessKey(id), variables(id, draft));
        cases.attachProcess(id, processInstanceId);
        return recorded(draft, id, processInstanceId);
    }

    /**
     * What recording the finding would decide, recording nothing (the record form's check before submission; issue
     * 14): the assessment by the escalation table with its inputs, the handling that follows the head's approval, and
     * how many of the department's cases of the subject are still open (issue 19.8: the form warns of them).
     */
    @Transactional(readOnly = true)
    public Preview preview(RecordFindingRequest request, CurrentUser user) {
        if (!access.mayRecordFor(user, user.departmentCode())) {
            throw new AccessDeniedException("Only a department's caseworkers record findings");
        }
        refuseAnIgnoredReminderTickedByHand(request);
        Severity proposed = parse(Severity.class, request.severity(), "listing.refused.severity");
        SeverityAssessment.Assessment assessment = severities.assess(ruleSets.inForceToday(), request.subjectCode(),
                proposed, RecordFindingRequest.isTrue(request.legalRepresentativeSerious()), false);
        long openCases = cases.list(user.departmentCode(), request.subjectCode(), 200, 0).stream()
                .filter(listingCase -> listingCase.status().isOpen()).count();
        return new Preview(assessment, RecordViews.handlingOnApproval(assessment.severity()), openCases);
    }

    /** {@link #preview}'s answer. */
    public record Preview(SeverityAssessment.Assessment assessment, RecordViews.Handling handling, long openCases) {
    }

    /** The case, if the user may see it; another department's or enterprise's case is "not found". */
    public ListingCase view(long id, CurrentUser user) {
        ListingCase listingCase = cases.find(id).filter(found -> access.mayView(user, found))
                .orElseThrow(() -> new NotFoundException("listing.case.notFound", id));
        audit.record(AuditAction.SUBJECT_VIEWED, listingCase.subjectCode(), listingCase.businessKey(), "listing case viewed", null);
        return listingCase;
    }

    public List<ListingCase> list(CurrentUser user, String subjectCode, int page, int size) {
        String subject = user.isEnterprise() ? user.subjectCode() : subjectCode;
        return cases.list(user.isEnterprise() ? null : access.departmentFilter(user), subject, size,
                Paging.offset(page, size));
    }

    ListingCase get(long id) {
        return cases.find(id).orElseThrow(() -> new NotFoundException("listing.case.notFound", id));
    }

    /** The case as stored: the draft with its id and process, measures in the order the repository reads them. */
    private static ListingCase recorded(ListingCase draft, long id, String processInstanceId) {
        return new ListingCase(id, draft.status(), draft.departmentCode(), draft.subjectType(), draft.subjectCode(),
                draft.subjectName(), draft.basisType(), draft.basisNumber(), draft.basisDate(), draft.domain(),
                draft.proposedSeverity(), draft.severity(), draft.facts(), draft.measures().stream().sorted().toList(),
                draft.ruleSetId(), processInstanceId, draft.recordedBy(), draft.recordedAt(), draft.closedAt(),
                draft.closeReason(), draft.recordKind());
    }

    /**
     * An ignored credit reminder or interview raises the record it was about, by the follow-up's real outcome
     * (seed003 §二(四)1; issue 14: "uses the real outcomes, not a checkbox"), never a flag on a new record.
     */
    private static void refuseAnIgnoredReminderTickedByHand(RecordFindingRequest request) {
        if (RecordFindingRequest.isTrue(request.ignoredCreditReminder())) {
            throw new InvalidRequestException("listing.refused.ignoredReminderFlag");
        }
    }

    private static void refuseWhatIsNotPublicCreditInformation(RecordFindingRequest request) {
        if (RecordFindingRequest.isTrue(request.summaryProcedure())) {
            throw new InvalidRequestException("listing.refused.summaryProcedure");
        }
        if (RecordFindingRequest.isTrue(request.firstMinorCorrected())) {
            throw new InvalidRequestException("listing.refused.firstMinor");
        }
    }

    private static <E extends Enum<E>> E parse(Class<E> type, String value, String refusal) {
        return Arrays.stream(type.getEnumConstants()).filter(constant -> constant.name().equals(value.trim()))
                .findFirst()
                .orElseThrow(() -> new InvalidRequestException(refusal, value,
                        String.join(", ", Arrays.stream(type.getEnumConstants()).map(Enum::name).toList())));
    }

    private static Map<String, Object> variables(long id, ListingCase listingCase) {
        Map<String, Object> variables = new HashMap<>();
        variables.put("caseId", String.valueOf(id));
        variables.put("caseType", CaseType.LISTING.name());
        variables.put("ruleSetId", listingCase.ruleSetId());
        variables.put("departmentCode", listingCase.departmentCode());
        variables.put("subjectCode", listingCase.subjectCode());
        variables.put("severity", listingCase.severity().name());
        return variables;
    }
}
