package org.xinyong.workflow.documents.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.xinyong.workflow.audit.AuditAction;
import org.xinyong.workflow.audit.AuditLog;
import org.xinyong.workflow.documents.CaseDocument;
import org.xinyong.workflow.documents.CaseDocuments;
import org.xinyong.workflow.documents.DocumentKind;
import org.xinyong.workflow.listing.BasisType;
import org.xinyong.workflow.listing.ListingAccess;
import org.xinyong.workflow.listing.ListingCase;
import org.xinyong.workflow.listing.ListingCaseRepository;
import org.xinyong.workflow.listing.ListingCaseKind;
import org.xinyong.workflow.listing.ListingCaseStatus;
import org.xinyong.workflow.listing.SeriousListDomain;
import org.xinyong.workflow.objection.ApplicantKind;
import org.xinyong.workflow.objection.Objection;
import org.xinyong.workflow.objection.ObjectionAccess;
import org.xinyong.workflow.objection.ObjectionCaseKind;
import org.xinyong.workflow.objection.ObjectionRepository;
import org.xinyong.workflow.objection.ObjectionStatus;
import org.xinyong.workflow.repair.Repair;
import org.xinyong.workflow.repair.RepairCaseKind;
import org.xinyong.workflow.repair.RepairRepository;
import org.xinyong.workflow.repair.RepairStatus;
import org.xinyong.workflow.rules.Severity;
import org.xinyong.workflow.cases.CaseKinds;
import org.xinyong.workflow.security.CurrentUser;
import org.xinyong.workflow.validation.SubjectType;
import org.xinyong.workflow.errors.NotFoundException;

class DocumentAccessTest {

    static final String ENT1 = "91230400MA19XY0035";
    static final CaseDocument NOTICE = new CaseDocument(5, "LISTING", "7", ENT1, DocumentKind.LISTING_NOTICE,
            "失信告知书", "<html></html>", Instant.parse("2026-03-10T01:00:00Z"), "system");
    static final ListingCase CASE = new ListingCase(7, ListingCaseStatus.NOTICE_PERIOD, "amr", SubjectType.ENTERPRISE,
            ENT1, "示例企业", BasisType.ADMINISTRATIVE_PENALTY, "罚〔2026〕1号", LocalDate.of(2026, 1, 5),
            SeriousListDomain.MARKET_ORDER, Severity.SERIOUS, Severity.SERIOUS, "事实", List.of("M-PROCUREMENT-BAN"),
            "seeds", "pi", "amr", Instant.parse("2026-03-01T01:00:00Z"), null, null, null);

    CaseDocuments documents = mock(CaseDocuments.class);
    ListingCaseRepository cases = mock(ListingCaseRepository.class);
    AuditLog audit = mock(AuditLog.class);
    org.xinyong.workflow.documents.DocumentServing serving = mock(org.xinyong.workflow.documents.DocumentServing.class);
    ObjectionRepository objections = mock(ObjectionRepository.class);
    RepairRepository repairs = mock(RepairRepository.class);
    DocumentAccess access = new DocumentAccess(documents, new CaseKinds(List.of(
            new ListingCaseKind(cases, new ListingAccess()),
            new ObjectionCaseKind(objections, new ObjectionAccess(), cases),
            new RepairCaseKind(repairs, new org.xinyong.workflow.repair.RepairAccess(), cases))), audit, serving);

    @BeforeEach
    void stored() {
        when(documents.find(5)).thenReturn(Optional.of(NOTICE));
        when(cases.find(7)).thenReturn(Optional.of(CASE));
    }

    /** Portal service (issue 13 item 5): the subject's first opening serves the document; staff reads serve nothing. */
    @Test
    void subjectReadsItsOwnDocumentWithoutAnAuditEntryAndTheFirstOpeningServesIt() {
        CurrentUser subject = enterprise("ent1", ENT1);
        assertThat(access.open(5, subject, "pdf")).isEqualTo(NOTICE);
        verify(audit, never()).record(any(), any(), any(), any(), any());
        verify(serving).servedOnPortalOpen(NOTICE, subject);

        access.open(5, staff("amr", "amr", "dept-amr"), "html");
        verify(serving, never()).servedOnPortalOpen(eq(NOTICE), eq(staff("amr", "amr", "dept-amr")));
    }

    @Test
    void anotherSubjectIsToldTheDocumentDoesNotExist() {
        assertThatThrownBy(() -> access.open(5, enterprise("ent2", "91410526MA3X00004Y"), "pdf"))
                .isInstanceOf(NotFoundException.class);
    }

    @Test
    void staffOfTheCasesDepartmentReadsItAndTheReadIsAudited() {
        access.open(5, staff("amr", "amr", "dept-amr"), "html");

        verify(audit).record(eq(AuditAction.DOCUMENT_VIEWED), eq(ENT1), eq("LISTING-7"),
                eq("LISTING_NOTICE #5 (html)"), eq(null));
    }

    @Test
    void staffOfAnotherDepartmentIsToldItDoesNotExist() {
        assertThatThrownBy(() -> access.open(5, staff("tax", "tax", "dept-tax"), "pdf"))
                .isInstanceOf(NotFoundException.class);
        verify(audit, never()).record(any(), anyString(), anyString(), anyString(), any());
    }

    @Test
    void repairDocumentIsForTheDepartmentTheLeadingGroupAndThoseWhoSeeEveryCase() {
        CaseDocument decision = new CaseDocument(6, "REPAIR", "3", ENT1, DocumentKind.REPAIR_DECISION, "t", "",
                Instant.parse("2026-03-10T01:00:00Z"), "system");
        when(documents.find(6)).thenReturn(Optional.of(decision));
        when(repairs.find(3)).thenReturn(Optional.of(new Repair(3, 11, 7, ENT1, "amr", "ent1", "已整改",
                RepairStatus.APPROVED, "seeds", "pi", Instant.parse("2026-03-01T01:00:00Z"), null, null, null,
                null)));

        assertThat(access.open(6, staff("amr", "amr", "dept-amr"), "pdf")).isEqualTo(decision);
        assertThat(access.open(6, staff("leader", "leading-group", "leading-group"), "pdf")).isEqualTo(decision);
        assertThat(access.open(6, staff("credit", "credit-office", "credit-office"), "pdf")).isEqualTo(decision);
        assertThat(access.open(6, enterprise("ent1", ENT1), "pdf")).isEqualTo(decision);
        assertThatThrownBy(() -> access.open(6, staff("tax", "tax", "dept-tax"), "pdf"))
                .isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> access.open(6, enterprise("ent2", "91410526MA3X00004Y"), "pdf"))
                .isInstanceOf(NotFoundException.class);
    }

    @Test
    void objectionDocumentFollowsTheObjectionsAccessRule() {
        CaseDocument reply = new CaseDocument(8, "OBJECTION", "4", ENT1, DocumentKind.OBJECTION_REPLY, "t", "",
                Instant.parse("2026-03-10T01:00:00Z"), "system");
        when(documents.find(8)).thenReturn(Optional.of(reply));
        when(objections.find(4)).thenReturn(Optional.of(new Objection(4, 11, 7, ENT1, "amr",
                ApplicantKind.SUBJECT, "ent1", "理由", ObjectionStatus.REVOKED, "seeds", "pi",
                Instant.parse("2026-03-01T01:00:00Z"), null, null, "revoke", "撤销")));

        assertThat(access.open(8, staff("amr", "amr", "dept-amr"), "html")).isEqualTo(reply);
        assertThat(access.open(8, enterprise("ent1", ENT1), "pdf")).isEqualTo(reply);
        assertThatThrownBy(() -> access.open(8, staff("tax", "tax", "dept-tax"), "pdf"))
                .isInstanceOf(NotFoundException.class);
        verify(audit).record(eq(AuditAction.DOCUMENT_VIEWED), eq(ENT1), eq("OBJECTION-4"),
                eq("OBJECTION_REPLY #8 (html)"), eq(null));
    }

    @Test
    void unknownDocumentIsNotFound() {
        assertThatThrownBy(() -> access.open(99, staff("amr", "amr", "dept-amr"), "pdf"))
                .isInstanceOf(NotFoundException.class);
    }

    private static CurrentUser enterprise(String username, String code) {
        return new CurrentUser(username, username, "ENTERPRISE", Set.of(), null, code);
    }

    private static CurrentUser staff(String username, String department, String group) {
        return new CurrentUser(username, username, "STAFF", Set.of(group), department, null);
    }
}
