package org.xinyong.workflow.listing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyBoolean;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.contains;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.ArgumentMatchers.isNull;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.mockito.Mockito.when;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;
import org.springframework.security.access.AccessDeniedException;
import org.xinyong.workflow.audit.AuditAction;
import org.xinyong.workflow.audit.AuditLog;
import org.xinyong.workflow.calendar.BusinessClock;
import org.xinyong.workflow.calendar.CalendarProperties;
import org.xinyong.workflow.engine.CaseProcesses;
import org.xinyong.workflow.reference.MeasureCatalogue;
import org.xinyong.workflow.reference.MeasureDomain;
import org.xinyong.workflow.reference.SanctionMeasure;
import org.xinyong.workflow.rules.RuleSet;
import org.xinyong.workflow.rules.RuleSets;
import org.xinyong.workflow.rules.Severity;
import org.xinyong.workflow.security.CurrentUser;
import org.xinyong.workflow.security.Roles;
import org.xinyong.workflow.validation.SubjectType;
import org.xinyong.workflow.errors.ErrorCode;
import org.xinyong.workflow.errors.InvalidRequestException;

/** Recording a finding (DOMAIN Lifecycle A.1; "Records and severity"): what is refused and how the process starts. */
class ListingCasesTest {

    private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");
    private static final Instant NOW = Instant.parse("2026-03-02T02:00:00Z"); // 2026-03-02 10:00 in Shanghai
    private static final LocalDate TODAY = LocalDate.of(2026, 3, 2);
    private static final String SUBJECT = "91230400MA19XY0035";
    private static final long NEW_CASE = 7;

    private static final CurrentUser CASEWORKER =
            new CurrentUser("amr", "市场监管局经办人", Roles.STAFF, Set.of("dept-amr"), "amr", null);
    private static final CurrentUser HEAD =
            new CurrentUser("amr-head", "市场监管局负责人", Roles.STAFF, Set.of("dept-amr-head"), "amr", null);

    private final ListingCaseRepository cases = mock(ListingCaseRepository.class);
    private final SeverityAssessment severities = mock(SeverityAssessment.class);
    private final RuleSets ruleSets = mock(RuleSets.class);
    private final MeasureCatalogue measures = mock(MeasureCatalogue.class);
    private final CaseProcesses processes = mock(CaseProcesses.class);
    private final AuditLog audit = mock(AuditLog.class);
    private final BusinessClock clock = new BusinessClock(new CalendarProperties(SHANGHAI, null));
    private final ListingCases listingCases = new ListingCases(cases, severities, ruleSets, measures, processes,
            new ListingAccess(), audit, clock,
            new ListingProperties("信", java.time.LocalDate.of(1990, 1, 1)));

    @BeforeEach
    void setUp() {
        clock.setTo(NOW);
        RuleSet seeds = mock(RuleSet.class);
        when(seeds.id()).thenReturn("seeds-default");
        when(ruleSets.inForceToday()).thenReturn(seeds);
        when(measures.findActive("M-PROCUREMENT-BAN")).thenReturn(Optional.of(measure("M-PROCUREMENT-BAN", MeasureDomain.ALL)));
        when(measures.findActive("M-BID-DISQUALIFY"))
                .thenReturn(Optional.of(measure("M-BID-DISQUALIFY", MeasureDomain.MARKET_ORDER)));
        when(measures.findActive("M-FOOD-LICENCE-BAN"))
                .thenReturn(Optional.of(measure("M-FOOD-LICENCE-BAN", MeasureDomain.LIFE_HEALTH)));
        when(measures.findActive("M-NONE")).thenReturn(Optional.empty());
        when(severities.assess(any(), anyString(), any(), anyBoolean(), anyBoolean()))
                .thenAnswer(invocation -> assessment(invocation.getArgument(2), invocation.getArgument(2)));
        when(cases.insert(any())).thenReturn(NEW_CASE);
        when(processes.start(anyString(), anyString(), any())).thenReturn("pi-7");
        when(cases.find(NEW_CASE)).thenAnswer(invocation -> Optional.of(stored()));
    }

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    @Test
    void recordingStartsListingIdentificationWithTheCaseVariables() {
        ListingCase recorded = listingCases.record(request().build(), CASEWORKER);

        assertThat(recorded.id()).isEqualTo(NEW_CASE);
        assertThat(recorded.processInstanceId()).isEqualTo("pi-7");
        assertThat(recorded.status()).isEqualTo(ListingCaseStatus.UNDER_REVIEW);
        ArgumentCaptor<Map<String, Object>> variables = variablesCaptor();
        verify(processes).start(eq(ListingCases.PROCESS_KEY), eq("LISTING-7"), variables.capture());
        assertThat(variables.getValue()).containsExactlyInAnyOrderEntriesOf(Map.of(
                "caseId", "7", "caseType", "LISTING", "ruleSetId", "seeds-default", "departmentCode", "amr",
                "subjectCode", SUBJECT, "severity", "SERIOUS"));
        verify(cases).attachProcess(NEW_CASE, "pi-7");
        verify(audit).record(eq(AuditAction.CASE_RECORDED), eq(SUBJECT), eq("LISTING-7"), contains("seeds-default"),
                isNull());
    }

    @Test
    void recordedCaseIsUnderReviewInTheCaseworkersDepartmentWithTheRuleSetInForce() {
        listingCases.record(request().measures(List.of("M-PROCUREMENT-BAN", "M-BID-DISQUALIFY", "M-PROCUREMENT-BAN"))
                .build(), CASEWORKER);

        ArgumentCaptor<ListingCase> draft = ArgumentCaptor.forClass(ListingCase.class);
        verify(cases).insert(draft.capture());
        assertThat(draft.getValue()).satisfies(c -> {
            assertThat(c.status()).isEqualTo(ListingCaseStatus.UNDER_REVIEW);
            assertThat(c.departmentCode()).isEqualTo("amr");
            assertThat(c.ruleSetId()).isEqualTo("seeds-default");
            assertThat(c.recordedBy()).isEqualTo("amr");
            assertThat(c.recordedAt()).isEqualTo(NOW);
            assertThat(c.measures()).containsExactly("M-PROCUREMENT-BAN", "M-BID-DISQUALIFY");
        });
    }

    @Test
    void escalatedSeverityIsWhatTheProcessRunsWith() {
        when(severities.assess(any(), eq(SUBJECT), eq(Severity.MINOR), eq(false), eq(false)))
                .thenReturn(new SeverityAssessment.Assessment(Severity.GENERAL, Severity.MINOR, 2, 0, false, false,
                        "severity:1:d1"));

        listingCases.record(request().severity("MINOR").build(), CASEWORKER);

        ArgumentCaptor<ListingCase> draft = ArgumentCaptor.forClass(ListingCase.class);
        verify(cases).insert(draft.capture());
        assertThat(draft.getValue().proposedSeverity()).isEqualTo(Severity.MINOR);
        assertThat(draft.getValue().severity()).isEqualTo(Severity.GENERAL);
        ArgumentCaptor<Map<String, Object>> variables = variablesCaptor();
        verify(processes).start(anyString(), anyString(), variables.capture());
        assertThat(variables.getValue()).containsEntry("severity", "GENERAL");
        verify(audit).record(eq(AuditAction.CASE_RECORDED), eq(SUBJECT), eq("LISTING-7"),
                contains("escalated from MINOR"), isNull());
        verify(audit).record(eq(AuditAction.CASE_RECORDED), eq(SUBJECT), eq("LISTING-7"),
                contains("decision severity:1:d1: minor records in window 2, general records in window 0,"
                        + " legal representative serious false, ignored credit reminder false"), isNull());
    }

    /** Issue 14: an ignored reminder raises the record it was about through the follow-up, never a flag ticked. */
    @Test
    void ignoredReminderTickedOnANewRecordIsRefused() {
        assertThatThrownBy(() -> listingCases.record(request().severity("MINOR").ignoredCreditReminder(true).build(),
                CASEWORKER)).isInstanceOf(InvalidRequestException.class)
                .hasFieldOrPropertyWithValue("messageCode", "listing.refused.ignoredReminderFlag");
        verify(cases, never()).insert(any());
    }


    @Test
    void summaryProcedurePenaltyIsRefused() {
        assertRefused(request().summaryProcedure(true), "listing.refused.summaryProcedure");
    }

    @Test
    void firstMinorViolationCorrectedAtOnceIsRefused() {
        assertRefused(request().firstMinorCorrected(true), "listing.refused.firstMinor");
    }

    @Test
    void basisThatIsNotALegallyEffectiveDocumentIsRefused() {
        assertRefused(request().basisType("NOTICE_OF_INVESTIGATION"), "listing.refused.basisNotEffective");
    }

    @Test
    void domainOutsideTheFourDomainsOfTheSeriousListIsRefused() {
        assertRefused(request().domain("TAX_ARREARS"), "listing.refused.domain");
        assertRefused(request().domain("ALL"), "listing.refused.domain");
    }

    @Test
    void basisDatedInTheFutureIsRefused() {
        assertRefused(request().basisDate(TODAY.plusDays(1)), "listing.refused.basisInFuture");
    }

    @Test
    void basisDatedTodayIsAccepted() {
        listingCases.record(request().basisDate(TODAY).build(), CASEWORKER);

        verify(cases).insert(any());
    }

    /** Issue 18.6: a date before any basis document could be is a typing error, refused with the bound. */
    @Test
    void basisDateBeforeTheEarliestDocumentDateIsRefused() {
        assertRefused(request().basisDate(java.time.LocalDate.of(0, 1, 1)), "listing.refused.basisTooEarly");
    }

    @Test
    void measureMissingFromTheCatalogueIsRefused() {
        assertRefused(request().measures(List.of("M-PROCUREMENT-BAN", "M-NONE")), "listing.refused.measure");
    }

    @Test
    void measureOfAnotherDomainIsRefused() {
        assertRefused(request().measures(List.of("M-FOOD-LICENCE-BAN")), "listing.refused.measure");
    }

    /** seed001 §四 9-10: 限制出境 is the court's to decide; the market regulator cannot propose it. */
    @Test
    void courtOnlyMeasureRefusedForMarketRegulation() {
        when(measures.findActive("M-EXIT-RESTRICT")).thenReturn(Optional.of(new SanctionMeasure("M-EXIT-RESTRICT",
                "限制出境", "Exit ban", MeasureDomain.ALL, false, "《出境入境管理法》第十二条", "credit-office",
                "seed000 §五(三)4", org.xinyong.workflow.reference.MeasureAuthority.COURT)));

        assertRefused(request().measures(List.of("M-PROCUREMENT-BAN", "M-EXIT-RESTRICT")),
                "listing.refused.measureCourtOnly");
    }

    @Test
    void departmentHeadWhoIsNotACaseworkerMayNotRecord() {
        assertThatThrownBy(() -> listingCases.record(request().build(), HEAD))
                .isInstanceOf(AccessDeniedException.class);
        verifyNoInteractions(cases, processes, audit);
    }

    @Test
    void enterpriseMayNotRecord() {
        CurrentUser enterprise = new CurrentUser("ent1", "示例", Roles.ENTERPRISE, Set.of(), null, SUBJECT);

        assertThatThrownBy(() -> listingCases.record(request().build(), enterprise))
                .isInstanceOf(AccessDeniedException.class);
        verifyNoInteractions(cases, processes, audit);
    }

    private void assertRefused(Request request, String messageCode) {
        assertThatThrownBy(() -> listingCases.record(request.build(), CASEWORKER))
                .isInstanceOfSatisfying(InvalidRequestException.class, refusal -> {
                    assertThat(refusal.messageCode()).isEqualTo(messageCode);
                    assertThat(refusal.errorCode()).isEqualTo(ErrorCode.INVALID_REQUEST);
                });
        verifyNoInteractions(cases, processes, audit);
    }

    private static SanctionMeasure measure(String code, MeasureDomain domain) {
        return new SanctionMeasure(code, code, code, domain, true, "国发〔2016〕33号", null, "seed000 §五(四)");
    }

    private static SeverityAssessment.Assessment assessment(Severity decided, Severity proposed) {
        return new SeverityAssessment.Assessment(decided, proposed, 0, 0, false, false, "severity:1:d1");
    }

    private static ListingCase stored() {
        return new ListingCase(NEW_CASE, ListingCaseStatus.UNDER_REVIEW, "amr", SubjectType.ENTERPRISE, SUBJECT,
                "鹤岗市示例商贸有限公司", BasisType.ADMINISTRATIVE_PENALTY, "鹤市监罚〔2026〕15号", LocalDate.of(2026, 1, 5),
                SeriousListDomain.MARKET_ORDER, Severity.SERIOUS, Severity.SERIOUS, "串通投标",
                List.of("M-PROCUREMENT-BAN"), "seeds-default", "pi-7", "amr", NOW, null, null);
    }

    @SuppressWarnings("unchecked")
    private static ArgumentCaptor<Map<String, Object>> variablesCaptor() {
        return ArgumentCaptor.forClass(Map.class);
    }

    private static Request request() {
        return new Request();
    }

    /** A valid finding, changed one field at a time. */
    private static final class Request {
        private String basisType = "ADMINISTRATIVE_PENALTY";
        private LocalDate basisDate = LocalDate.of(2026, 1, 5);
        private String domain = "MARKET_ORDER";
        private String severity = "SERIOUS";
        private List<String> measures = List.of("M-PROCUREMENT-BAN");
        private Boolean summaryProcedure;
        private Boolean firstMinorCorrected;
        private Boolean ignoredCreditReminder;

        Request basisType(String value) {
            basisType = value;
            return this;
        }

        Request basisDate(LocalDate value) {
            basisDate = value;
            return this;
        }

        Request domain(String value) {
            domain = value;
            return this;
        }

        Request severity(String value) {
            severity = value;
            return this;
        }

        Request measures(List<String> value) {
            measures = value;
            return this;
        }

        Request summaryProcedure(boolean value) {
            summaryProcedure = value;
            return this;
        }

        Request firstMinorCorrected(boolean value) {
            firstMinorCorrected = value;
            return this;
        }

        Request ignoredCreditReminder(boolean value) {
            ignoredCreditReminder = value;
            return this;
        }

        RecordFindingRequest build() {
            return new RecordFindingRequest(SubjectType.ENTERPRISE, SUBJECT, " 鹤岗市示例商贸有限公司 ", basisType,
                    "鹤市监罚〔2026〕15号", basisDate, domain, severity, "串通投标", measures, summaryProcedure,
                    firstMinorCorrected, null, ignoredCreditReminder);
        }
    }
}
