package org.xinyong.workflow.listing;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.xinyong.workflow.audit.AuditAction;
import org.xinyong.workflow.audit.AuditLog;
import org.xinyong.workflow.calendar.BusinessClock;
import org.xinyong.workflow.engine.CaseProcesses;
import org.xinyong.workflow.security.CurrentUser;
import org.xinyong.workflow.errors.ConflictException;
import org.xinyong.workflow.errors.NotFoundException;

/**
 * The subject states its case or objects during the notice window (seed001 §四 8; DOMAIN Lifecycle A.3). The
 * statement is kept with the case and wakes the process, which hands it to the department for verification.
 */
@Service
public class ListingStatements {

    public static final String MESSAGE = "ListingStatementFiled";

    public enum Kind { STATEMENT, OBJECTION }

    public record Statement(long id, long caseId, Kind kind, String text, String filedBy, Instant filedAt) {
    }

    private final ListingCaseRepository cases;
    private final ListingProcedure procedure;
    private final CaseProcesses processes;
    private final JdbcClient jdbc;
    private final AuditLog audit;
    private final BusinessClock clock;
    private final ListingNoticeService noticeService;

    public ListingStatements(ListingCaseRepository cases, ListingProcedure procedure, CaseProcesses processes,
                             JdbcClient jdbc, AuditLog audit, BusinessClock clock, ListingNoticeService noticeService) {
        this.cases = cases;
        this.procedure = procedure;
        this.processes = processes;
        this.jdbc = jdbc;
        this.audit = audit;
        this.clock = clock;
        this.noticeService = noticeService;
    }

    @Transactional
    public Statement file(long caseId, Kind kind, String text, CurrentUser user) {
        ListingCase listingCase = cases.find(caseId)
                .filter(found -> user.isEnterprise() && found.subjectCode().equals(user.subjectCode()))
                .orElseThrow(() -> new NotFoundException("listing.case.notFound", caseId));
        if (listingCase.status() != ListingCaseStatus.NOTICE_PERIOD) {
            throw new ConflictException("listing.statement.windowClosed", caseId);
        }
        // filed from the portal, where the notice is: a notice not yet served counts as served now (issue 13.5)
        noticeService.servedBeforeStatement(caseId, user);
        Instant now = clock.now();
        jdbc.sql("insert into listing_statement (case_id, kind, text, filed_by, filed_at) values (?, ?, ?, ?, ?)")
                .params(caseId, kind.name(), text.trim(), user.username(), Timestamp.from(now)).update();
        if (!processes.correlate(MESSAGE, listingCase.businessKey(), Map.of("statementKind", kind.name()))) {
            // The window closed between reading the case and correlating: nothing is kept (the transaction rolls back).
            throw new ConflictException("listing.statement.windowClosed", caseId);
        }
        procedure.statementReceived(caseId);
        audit.record(AuditAction.STATE_CHANGED, listingCase.subjectCode(), listingCase.businessKey(), kind.name(), null);
        return ofCase(caseId).get(0);
    }

    /** Newest first. */
    public List<Statement> ofCase(long caseId) {
        return jdbc.sql("select * from listing_statement where case_id = ? order by filed_at desc, id desc")
                .param(caseId)
                .query((rs, row) -> new Statement(rs.getLong("id"), rs.getLong("case_id"),
                        Kind.valueOf(rs.getString("kind")), rs.getString("text"), rs.getString("filed_by"),
                        rs.getTimestamp("filed_at").toInstant()))
                .list();
    }
}
