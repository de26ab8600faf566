package org.xinyong.workflow.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.support.TransactionTemplate;
import org.xinyong.workflow.calendar.BusinessClock;

/** Entries are written into the database, read back newest first, and share the caller's transaction. */
@SpringBootTest
@AutoConfigureMockMvc(addFilters = false)
class AuditTrailTest {

    @Autowired
    AuditLog log;
    @Autowired
    AuditTrail trail;
    @Autowired
    TransactionTemplate transaction;
    @Autowired
    BusinessClock clock;
    @Autowired
    MockMvc mvc;

    @Test
    @WithMockUser(username = "amr")
    void recordedEntryIsReadBackWithWhoWhenWhatAndWhy() {
        AuditEntry written = log.record(AuditEvent.of(AuditAction.SUBJECT_VIEWED).withSubject("91230400MA19XY0035")
                .withCaseRef("listing-case:1").withDetail("opened the case page").withPurpose("核实失信信息"));

        List<AuditEntry> read = trail.find("91230400MA19XY0035", "listing-case:1", 0, 10);

        assertThat(read).singleElement().satisfies(entry -> {
            assertThat(entry.id()).isEqualTo(written.id()).isPositive();
            assertThat(entry.actor()).isEqualTo("amr");
            assertThat(entry.action()).isEqualTo("SUBJECT_VIEWED");
            assertThat(entry.detail()).isEqualTo("opened the case page");
            assertThat(entry.purpose()).isEqualTo("核实失信信息");
            assertThat(entry.occurredAt().toInstant()).isEqualTo(written.occurredAt().toInstant());
            assertThat(entry.occurredAt().getOffset()).isEqualTo(clock.nowZoned().getOffset());
        });
    }

    @Test
    void entryRollsBackWithTheCallersTransaction() {
        String subject = "51230400123456788D";

        transaction.executeWithoutResult(status -> {
            log.record(AuditAction.STATE_CHANGED, subject, "listing:rolled-back", "ACTIVE -> SUSPENDED", null);
            status.setRollbackOnly();
        });
        transaction.executeWithoutResult(status ->
                log.record(AuditAction.STATE_CHANGED, subject, "listing:kept", "ACTIVE -> SUSPENDED", null));

        assertThat(trail.find(subject, null, 0, 10)).extracting(AuditEntry::caseRef).containsExactly("listing:kept");
    }

    @Test
    void apiListsASubjectsEntriesNewestFirstAPageAtATime() throws Exception {
        String subject = "11010519491231002X";
        for (String step : List.of("first", "second", "third")) {
            log.record(AuditAction.SANCTIONS_QUERIED, subject, null, step, "审批前比对");
        }

        mvc.perform(get("/api/v1/audit").param("subjectCode", subject).param("size", "2"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[*].detail", contains("third", "second")))
                .andExpect(jsonPath("$[0].actor").value(AuditLog.SYSTEM))
                .andExpect(jsonPath("$[0].purpose").value("审批前比对"))
                .andExpect(jsonPath("$[0].occurredAt").isString());
        mvc.perform(get("/api/v1/audit").param("subjectCode", subject).param("size", "2").param("page", "1"))
                .andExpect(jsonPath("$[*].detail", contains("first")));
    }

    @Test
    void pageSizeOverTheLimitIsAnInvalidRequest() throws Exception {
        mvc.perform(get("/api/v1/audit").param("size", "201").header("Accept-Language", "zh-CN"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.error").value("invalid_request"))
                .andExpect(jsonPath("$.message").value("每页条数（size）应在 1 到 200 之间。"));
        mvc.perform(get("/api/v1/audit").param("page", "-1").header("Accept-Language", "en"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.message").value("The page number (page) may not be negative."));
    }
}
