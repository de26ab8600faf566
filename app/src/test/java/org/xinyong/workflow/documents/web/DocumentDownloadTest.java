package org.xinyong.workflow.documents.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.hamcrest.Matchers;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;
import org.xinyong.workflow.audit.AuditTrail;
import org.xinyong.workflow.security.AppUserDetailsService;
import org.xinyong.workflow.listing.web.ListingCaseFixture;

/**
 * Documents are read by the subject they are addressed to and by staff who may see the case; everyone else is told
 * they do not exist. Staff reads are audited.
 */
@SpringBootTest
@AutoConfigureMockMvc
@ActiveProfiles("demo")
class DocumentDownloadTest {

    static final String NOTICE_FILE_NAME = "filename*=UTF-8''%E5%A4%B1%E4%BF%A1%E5%91%8A%E7%9F%A5%E4%B9%A6.pdf";

    @Autowired
    MockMvc mvc;
    @Autowired
    AppUserDetailsService people;
    @Autowired
    AuditTrail audit;

    ListingCaseFixture cases;
    long caseId;
    long noticeId;

    @BeforeEach
    void noticeForEnt1() throws Exception {
        cases = new ListingCaseFixture(mvc);
        caseId = cases.record(ListingCaseFixture.ENT1);
        cases.complete("amr-head", "reviewByHead", caseId, "approve");
        cases.serveNotice(caseId);
        noticeId = cases.documentIds(caseId).get(0);
    }

    @Test
    void staffOfTheDepartmentDownloadsThePdfAndTheReadIsAudited() throws Exception {
        byte[] pdf = mvc.perform(get("/documents/" + noticeId + "/pdf").with(user(account("amr"))))
                .andExpect(status().isOk())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PDF))
                .andExpect(header().string(HttpHeaders.CONTENT_DISPOSITION,
                        Matchers.allOf(Matchers.startsWith("attachment;"), Matchers.containsString(NOTICE_FILE_NAME))))
                .andReturn().getResponse().getContentAsByteArray();
        assertThat(new String(pdf, 0, 5, java.nio.charset.StandardCharsets.US_ASCII)).isEqualTo("%PDF-");

        assertThat(audit.find(null, "LISTING-" + caseId, 0, 50)).anyMatch(entry ->
                entry.action().equals("DOCUMENT_VIEWED") && entry.actor().equals("amr")
                        && entry.detail().contains("LISTING_NOTICE"));
    }

    @Test
    void subjectDownloadsItsOwnDocumentAndAnotherEnterpriseDoesNotFindIt() throws Exception {
        mvc.perform(get("/documents/" + noticeId + "/pdf").with(user(account("ent1"))))
                .andExpect(status().isOk())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PDF));
        mvc.perform(get("/documents/" + noticeId + "/pdf").with(user(account("ent2"))))
                .andExpect(status().isNotFound());
        mvc.perform(get("/documents/" + noticeId).with(user(account("ent2"))))
                .andExpect(status().isNotFound());
    }

    @Test
    void anotherDepartmentAndTheSanctionsCheckerDoNotFindIt() throws Exception {
        for (String outsider : new String[] {"tax", "checker"}) {
            mvc.perform(get("/documents/" + noticeId + "/pdf").with(user(account(outsider))))
                    .andExpect(status().isNotFound());
        }
        mvc.perform(get("/documents/" + noticeId + "/pdf").with(user(account("credit"))))
                .andExpect(status().isOk());
        mvc.perform(get("/documents/" + noticeId + "/pdf")).andExpect(status().isFound());
    }

    @Test
    void storedHtmlIsAStandalonePrintablePage() throws Exception {
        String html = mvc.perform(get("/documents/" + noticeId).with(user(account("ent1"))))
                .andExpect(status().isOk())
                .andExpect(content().contentTypeCompatibleWith(MediaType.TEXT_HTML))
                .andExpect(header().stringValues("Content-Security-Policy",
                        Matchers.hasItem(Matchers.containsString("default-src 'none'"))))
                .andReturn().getResponse().getContentAsString();
        assertThat(html).contains("失信告知书", ListingCaseFixture.ENT1).doesNotContain("app-navbar");
    }

    /** Issue 19.6: the page had no way back, no print button and no margins on screen. */
    @Test
    void htmlViewHasTheWayBackAPrintButtonAndAPrintStylesheet() throws Exception {
        var response = mvc.perform(get("/documents/" + noticeId).with(user(account("ent1"))))
                .andExpect(status().isOk()).andReturn().getResponse();
        org.jsoup.nodes.Document page = org.jsoup.Jsoup.parse(response.getContentAsString());

        assertThat(page.select("#document-back").attr("href")).isEqualTo("/portal");
        assertThat(page.select("#document-back").text()).isEqualTo("返回企业门户");
        assertThat(page.select("button#document-print").text()).isEqualTo("打印");
        assertThat(page.select("script[src=/js/document-view.js]")).hasSize(1);
        assertThat(page.select("script:not([src])")).as("no inline script (CSP)").isEmpty();
        String style = page.select("style#document-view-style").html();
        assertThat(style).contains("@media print", ".document-toolbar { display: none", "padding: 25mm 22mm");
        assertThat(page.select("h1").text()).as("the document itself is untouched").isEqualTo("失信告知书");
        assertThat(page.select(".number").text()).as("issue 19.6: no doubled 信")
                .matches("信告〔\\d{4}〕" + caseId + "号");
        assertThat(response.getHeader("Content-Security-Policy")).contains("script-src 'self'")
                .doesNotContain("unsafe-inline'; script-src 'unsafe-inline");
        mvc.perform(get("/js/document-view.js")).andExpect(status().isOk());

        org.jsoup.nodes.Document staff = org.jsoup.Jsoup.parse(mvc.perform(get("/documents/" + noticeId)
                        .param("lang", "en").with(user(account("amr"))))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString());
        assertThat(staff.select("#document-back").attr("href")).isEqualTo("/work/cases/LISTING/" + caseId);
        assertThat(staff.select("#document-back").text()).isEqualTo("Back to the case");
        assertThat(staff.select("#document-print").text()).isEqualTo("Print");
    }

    @Test
    void thePdfIsTheDocumentOfRecordWithoutTheBar() throws Exception {
        byte[] pdf = mvc.perform(get("/documents/" + noticeId + "/pdf").with(user(account("ent1"))))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
        try (var document = org.apache.pdfbox.Loader.loadPDF(pdf)) {
            String text = new org.apache.pdfbox.text.PDFTextStripper().getText(document);
            assertThat(text).contains("失信告知书").doesNotContain("返回企业门户", "打印");
        }
    }

    @Test
    void apiAnswersThePdfWithTheSameRule() throws Exception {
        mvc.perform(get("/api/v1/documents/" + noticeId + "/pdf").with(httpBasic("ent1", "demo")))
                .andExpect(status().isOk())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PDF))
                .andExpect(header().string(HttpHeaders.CONTENT_DISPOSITION, Matchers.containsString(NOTICE_FILE_NAME)));
        mvc.perform(get("/api/v1/documents/" + noticeId + "/pdf").with(httpBasic("ent2", "demo")))
                .andExpect(status().isNotFound())
                .andExpect(jsonPath("$.error").value("not_found"))
                .andExpect(jsonPath("$.message").value("未找到文书 " + noticeId + "。"));
        mvc.perform(get("/api/v1/documents/" + noticeId + "/pdf"))
                .andExpect(status().isUnauthorized());
    }

    private UserDetails account(String username) {
        return people.loadUserByUsername(username);
    }
}
