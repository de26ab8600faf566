package org.xinyong.workflow.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.sql.Timestamp;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;
import com.jayway.jsonpath.JsonPath;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import org.camunda.bpm.engine.RuntimeService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import org.xinyong.workflow.calendar.BusinessClock;
import org.xinyong.workflow.cases.CaseType;
import org.xinyong.workflow.deadline.DeadlineKind;
import org.xinyong.workflow.deadline.DeadlineService;
import org.xinyong.workflow.engine.DueJobs;
import org.xinyong.workflow.objection.ObjectionRepository;
import org.xinyong.workflow.support.NoticeServiceSteps;

/**
 * The objection verification deadline's reminder and escalation (seed000 §五(五); DOMAIN Lifecycle B.4) as the
 * engine's timers send them on the real application: into the inbox and by e-mail (GreenMail), each once per
 * deadline and recipient even when the delegate runs again or another node has already sent it.
 */
// its own context: its own in-memory database and an SMTP server (GreenMail) the mail sender points at
@SpringBootTest(properties = "xinyong.test.isolated-context=ObjectionDeadlineNotificationsTest")
@AutoConfigureMockMvc
@ActiveProfiles("demo")
class ObjectionDeadlineNotificationsTest {

    static final String ENT1 = "91230400MA19XY0035";

    @RegisterExtension
    static final GreenMailExtension smtp = new GreenMailExtension(ServerSetupTest.SMTP.dynamicPort())
            .withPerMethodLifecycle(false);

    @DynamicPropertySource
    static void mailServer(DynamicPropertyRegistry registry) {
        registry.add("spring.mail.host", () -> "127.0.0.1");
        registry.add("spring.mail.port", () -> smtp.getSmtp().getPort());
    }

    @Autowired
    MockMvc mvc;
    @Autowired
    BusinessClock clock;
    @Autowired
    DueJobs dueJobs;
    @Autowired
    RuntimeService runtime;
    @Autowired
    ObjectionRepository objections;
    @Autowired
    DeadlineService deadlines;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    org.xinyong.workflow.security.AppUserDetailsService people;

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    @Test
    void reminderReachesTheDepartmentOnceEvenWhenTheDelegateRunsTwice() throws Exception {
        long objectionId = objectionUnderVerification();
        long deadlineId = verificationDeadlineId(objectionId);
        java.util.Set<String> mailsBefore = messageIds(mails());

        clock.setTo(clock.now().plus(Duration.ofDays(16)));
        dueJobs.runDue();

        String key = "deadline:" + deadlineId + ":reminder:group:dept-amr";
        assertThat(rows(key)).isEqualTo(1);
        assertThat(newMails(mailsBefore, objectionId)).singleElement().satisfies(mail -> {
            assertThat(mail.getSubject()).isEqualTo("异议核实期限将至");
            assertThat(mail.getAllRecipients()[0].toString()).isEqualTo("amr@demo.xinyong.local");
            assertThat(mail.getContent().toString()).contains("/work/cases/OBJECTION/" + objectionId);
        });
        assertThat(emailedAt(key)).isNotNull();

        // the reminder's service task runs again in the engine (as after a retried or duplicated timer job)
        runtime.createProcessInstanceModification(processOf(objectionId)).startBeforeActivity("Task_remind")
                .execute();

        assertThat(rows(key)).isEqualTo(1);
        assertThat(newMails(mailsBefore, objectionId)).hasSize(1);
    }

    @Test
    void overdueVerificationIsEscalatedToTheCreditOfficeAndTheApplicantOnce() throws Exception {
        long objectionId = objectionUnderVerification();
        long deadlineId = verificationDeadlineId(objectionId);
        // another node has already told the department: its row is there, so this node sends it no second time
        String departmentKey = "deadline:" + deadlineId + ":overdue:group:dept-amr";
        jdbc.update("insert into notification (dedupe_key, recipient_group, title, body, created_at)"
                + " values (?, 'dept-amr', '异议核实已逾期', '另一节点已发送', ?)", departmentKey,
                Timestamp.from(clock.now()));

        clock.setTo(clock.now().plus(Duration.ofDays(25)));
        dueJobs.runDue();
        int mailsAfterTimers = mails().size();
        runtime.createProcessInstanceModification(processOf(objectionId)).startBeforeActivity("Task_markOverdue")
                .execute();

        String creditKey = "deadline:" + deadlineId + ":overdue:group:credit-office";
        String applicantKey = "deadline:" + deadlineId + ":overdue:subject:" + ENT1;
        assertThat(rows(creditKey)).isEqualTo(1);
        assertThat(rows(applicantKey)).isEqualTo(1);
        assertThat(rows(departmentKey)).isEqualTo(1);
        assertThat(mails()).hasSize(mailsAfterTimers);
        // the other test's objection may fall due meanwhile (one database for the class): look at this one's mails
        List<String> overdueMailsTo = mails().stream()
                .filter(mail -> subject(mail).contains("逾期") && isAbout(mail, objectionId))
                .map(ObjectionDeadlineNotificationsTest::recipient).toList();
        assertThat(overdueMailsTo).containsExactlyInAnyOrder("credit@demo.xinyong.local", "ent1@demo.xinyong.local");
        assertThat(overdueMailsTo).doesNotContain("amr@demo.xinyong.local");
        // the reminder had fired on the way (5 days before the deadline): once
        assertThat(rows("deadline:" + deadlineId + ":reminder:group:dept-amr")).isEqualTo(1);
    }

    /** Issue 19.3: a request for supplementary evidence reaches the applicant; its arrival reaches the department. */
    @Test
    void evidenceRequestReachesTheApplicantAndTheEvidenceTheDepartment() throws Exception {
        long objectionId = objectionUnderVerification();
        String caseNumber = "OBJECTION-" + objectionId;
        java.time.LocalDate replyBy = clock.today().plusDays(5);

        mvc.perform(post("/api/v1/objections/" + objectionId + "/evidence-requests").with(httpBasic("amr", "demo"))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"note\":\"请提供复议决定书扫描件\",\"respondBy\":\"" + replyBy + "\"}"))
                .andExpect(status().isOk());

        long requestId = objections.evidenceRequests(objectionId).get(0).id();
        String applicantKey = "objection-evidence:" + requestId + ":requested:subject:" + ENT1;
        assertThat(rows(applicantKey)).isEqualTo(1);
        assertThat(jdbc.queryForMap("select title, body, link, case_type, case_id from notification"
                + " where dedupe_key = ?", applicantKey)).containsEntry("title",
                        "异议 " + caseNumber + "：请于 " + replyBy + " 前补充证据")
                .containsEntry("link", "/portal/objections/" + objectionId)
                .containsEntry("case_type", "OBJECTION").containsEntry("case_id", String.valueOf(objectionId))
                .satisfies(row -> assertThat(row.get("body").toString()).contains("请提供复议决定书扫描件",
                        replyBy.toString()));
        assertThat(inboxText("ent1")).contains("异议 " + caseNumber + "：请于 " + replyBy + " 前补充证据");
        assertThat(inboxText("ent2")).doesNotContain(caseNumber);
        assertThat(mailsAbout(caseNumber)).singleElement().satisfies(mail -> {
            assertThat(recipient(mail)).isEqualTo("ent1@demo.xinyong.local");
            assertThat(subject(mail)).contains(caseNumber, replyBy.toString());
        });
        assertThat(rows("objection-evidence:" + requestId + ":answered:group:dept-amr")).isZero();

        mvc.perform(multipart("/api/v1/objections/" + objectionId + "/evidence").param("note", "已补充复议决定书")
                        .with(httpBasic("ent1", "demo")))
                .andExpect(status().isOk());

        String departmentKey = "objection-evidence:" + requestId + ":answered:group:dept-amr";
        assertThat(rows(departmentKey)).isEqualTo(1);
        assertThat(jdbc.queryForObject("select title from notification where dedupe_key = ?", String.class,
                departmentKey)).isEqualTo("异议 " + caseNumber + "：已收到补充证据");
        assertThat(inboxText("amr")).contains("异议 " + caseNumber + "：已收到补充证据");
        assertThat(mailsAbout(caseNumber)).extracting(ObjectionDeadlineNotificationsTest::recipient)
                .containsExactlyInAnyOrder("ent1@demo.xinyong.local", "amr@demo.xinyong.local");
    }

    /** Issue 19.3: when the reply date passes without evidence the department hears that the clock runs again. */
    @Test
    void lapsedEvidenceRequestIsToldToTheDepartment() throws Exception {
        long objectionId = objectionUnderVerification();
        mvc.perform(post("/api/v1/objections/" + objectionId + "/evidence-requests").with(httpBasic("amr", "demo"))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"note\":\"请提供说明\",\"respondBy\":\"" + clock.today().plusDays(3) + "\"}"))
                .andExpect(status().isOk());
        long requestId = objections.evidenceRequests(objectionId).get(0).id();

        clock.setTo(clock.now().plus(Duration.ofDays(5)));
        dueJobs.runDue();

        assertThat(jdbc.queryForObject("select title from notification where dedupe_key = ?", String.class,
                "objection-evidence:" + requestId + ":answered:group:dept-amr"))
                .isEqualTo("异议 OBJECTION-" + objectionId + "：补充证据期限已过");
    }

    private String inboxText(String username) throws Exception {
        return mvc.perform(get("/inbox").with(org.springframework.security.test.web.servlet.request
                        .SecurityMockMvcRequestPostProcessors.user(people.loadUserByUsername(username))))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
    }

    /**
     * The mails whose subject starts with the case number (unique in this class's database; GreenMail lists the
     * messages by mailbox, not in the order they came).
     */
    private static List<MimeMessage> mailsAbout(String caseNumber) {
        return mails().stream().filter(mail -> subject(mail).startsWith("异议 " + caseNumber + "：")).toList();
    }

    private static boolean isAbout(MimeMessage mail, long objectionId) {
        try {
            String text = mail.getContent().toString();
            return text.contains("编号 " + objectionId + "，") || text.contains("编号 " + objectionId + "）");
        } catch (MessagingException | java.io.IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String subject(MimeMessage mail) {
        try {
            return mail.getSubject();
        } catch (MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String recipient(MimeMessage mail) {
        try {
            return mail.getAllRecipients()[0].toString();
        } catch (MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    private int rows(String key) {
        return jdbc.queryForObject("select count(*) from notification where dedupe_key = ?", Integer.class, key);
    }

    private Timestamp emailedAt(String key) {
        return jdbc.queryForObject("select emailed_at from notification where dedupe_key = ?", Timestamp.class, key);
    }

    private static List<MimeMessage> mails() {
        return Arrays.asList(smtp.getReceivedMessages());
    }

    /**
     * This objection's mails that were not there {@code before} (the other test's objection may fall due meanwhile).
     * By Message-ID, not by position: GreenMail lists the received mails mailbox by mailbox, so a new mail to an
     * earlier recipient lands in the middle of the list.
     */
    private static List<MimeMessage> newMails(java.util.Set<String> before, long objectionId) {
        return mails().stream().filter(mail -> !before.contains(messageId(mail)))
                .filter(mail -> isAbout(mail, objectionId)).toList();
    }

    private static java.util.Set<String> messageIds(List<MimeMessage> mails) {
        return mails.stream().map(ObjectionDeadlineNotificationsTest::messageId)
                .collect(java.util.stream.Collectors.toSet());
    }

    private static String messageId(MimeMessage mail) {
        try {
            return mail.getMessageID();
        } catch (MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    private String processOf(long objectionId) {
        return objections.find(objectionId).orElseThrow().processInstanceId();
    }

    private long verificationDeadlineId(long objectionId) {
        return deadlines.openDeadline(CaseType.OBJECTION, String.valueOf(objectionId),
                DeadlineKind.OBJECTION_VERIFICATION).orElseThrow().id();
    }

    /** A published listing of ent1, an objection by ent1, accepted by amr: the verification timers are running. */
    private long objectionUnderVerification() throws Exception {
        String json = mvc.perform(post("/api/v1/listing-cases").with(httpBasic("amr", "demo"))
                        .contentType(MediaType.APPLICATION_JSON).content("""
                                {"subjectType":"ENTERPRISE","subjectCode":"%s","subjectName":"示例企业",
                                 "basisType":"ADMINISTRATIVE_PENALTY","basisNumber":"鹤市监罚〔2026〕31号",
                                 "basisDate":"2026-01-05","domain":"MARKET_ORDER","severity":"SERIOUS",
                                 "facts":"串通投标","measures":["M-PROCUREMENT-BAN"]}
                                """.formatted(ENT1)))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
        long caseId = ((Number) JsonPath.read(json, "$.id")).longValue();
        complete("amr-head", "LISTING", "reviewByHead", caseId, "approve");
        NoticeServiceSteps.servedByPost(mvc, caseId);
        clock.setTo(clock.now().plus(Duration.ofDays(20)));
        dueJobs.runDue();
        complete("credit", "LISTING", "publishListing", caseId, "publish");
        long listingId = ((Number) JsonPath.read(mvc.perform(get("/api/v1/listing-cases/" + caseId)
                .with(httpBasic("amr", "demo"))).andReturn().getResponse().getContentAsString(), "$.listingId"))
                .longValue();

        String filed = mvc.perform(post("/api/v1/listings/" + listingId + "/objections").with(httpBasic("ent1", "demo"))
                        .contentType(MediaType.APPLICATION_JSON).content("{\"grounds\":\"信息有误\"}"))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
        long objectionId = ((Number) JsonPath.read(filed, "$.id")).longValue();
        complete("amr", "OBJECTION", "acceptObjection", objectionId, "accept");
        return objectionId;
    }

    private void complete(String user, String caseType, String taskKey, long caseId, String outcome)
            throws Exception {
        List<String> ids = JsonPath.read(mvc.perform(get("/api/v1/tasks").param("caseType", caseType)
                        .param("size", "200").with(httpBasic(user, "demo"))).andReturn().getResponse()
                .getContentAsString(), "$[?(@.caseId == '" + caseId + "' && @.taskKey == '" + taskKey + "')].id");
        assertThat(ids).as("%s of %s %s for %s", taskKey, caseType, caseId, user).hasSize(1);
        mvc.perform(post("/api/v1/tasks/" + ids.get(0) + "/complete").with(httpBasic(user, "demo"))
                        .contentType(MediaType.APPLICATION_JSON).content("{\"outcome\":\"" + outcome + "\"}"))
                .andExpect(status().isNoContent());
    }
}
