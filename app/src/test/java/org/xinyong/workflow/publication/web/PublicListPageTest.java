package org.xinyong.workflow.publication.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.hamcrest.Matcher;
import org.hamcrest.MatcherAssert;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultMatcher;
import org.xinyong.workflow.calendar.BusinessClock;
import org.xinyong.workflow.engine.DueJobs;
import org.xinyong.workflow.listing.ListingRepository;
import org.xinyong.workflow.listing.ListingStatus;
import org.xinyong.workflow.portal.web.ListingSteps;
import org.xinyong.workflow.validation.CreditCodes;
import org.xinyong.workflow.listing.TestSubjects;
import org.xinyong.workflow.validation.ResidentIdNumbers;

/**
 * The public list page {@code /public}, anonymous: listings in force only, people masked (seed001 §四 13), a person
 * found only by the full ID number, an objection under verification marked.
 */
@SpringBootTest
@AutoConfigureMockMvc
@ActiveProfiles("demo")
class PublicListPageTest {

    /** A valid GB 11643 number: Harbin address code, born 1990-03-07, sequence 214, and its check character. */
    static final String PERSON_ID = withCheckCharacter("23010219900307214");
    static final String PERSON_NAME = "张三丰";
    /**
     * A valid unified social credit code bound to no demo account, so that this test's listings do not show up in
     * the demo enterprises' records that other tests read.
     */
    static final String COMPANY_CODE = "91230400MA1PUB7T1" + CreditCodes.checkCharacter("91230400MA1PUB7T1");

    @Autowired
    MockMvc mvc;
    @Autowired
    BusinessClock clock;
    @Autowired
    DueJobs dueJobs;
    @Autowired
    ListingRepository listings;

    ListingSteps steps;

    @BeforeEach
    void steps() {
        steps = new ListingSteps(mvc, clock, dueJobs);
    }

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    /**
     * Issue 14 (seed003 §二(四)2 进行适当范围的公示): a general record is published beside the serious list, on the watch
     * list and until the rule set's public period of general records ends (national 2026: 1 year); a minor record is
     * not published; neither is ever a serious listing.
     */
    @Test
    void generalRecordIsPublishedAsSuchForItsPeriodAndAMinorOneNotAtAll() throws Exception {
        String general = org.xinyong.workflow.listing.TestSubjects.enterpriseCode();
        String minor = org.xinyong.workflow.listing.TestSubjects.enterpriseCode();
        long generalCase = steps.record("ENTERPRISE", general, "鹤岗较重示例商贸有限公司", "GENERAL");
        steps.completeTask("amr-head", "reviewByHead", generalCase, "approve");
        long minorCase = steps.record("ENTERPRISE", minor, "鹤岗轻微示例商贸有限公司", "MINOR");
        steps.completeTask("amr-head", "reviewByHead", minorCase, "approve");

        mvc.perform(get("/public").param("q", general))
                .andExpect(status().isOk())
                .andExpect(html(allOf(containsString("id=\"public-general\""), containsString("较重失信行为公示"),
                        containsString(">" + general + "</td>"), containsString("id=\"public-empty\""))));
        mvc.perform(get("/public").param("q", minor))
                .andExpect(html(allOf(not(containsString("id=\"public-general\"")),
                        containsString("id=\"public-empty\""))));

        clock.setTo(clock.now().plus(java.time.Duration.ofDays(367)));
        mvc.perform(get("/public").param("q", general))
                .andExpect(html(not(containsString("id=\"public-general\""))));
    }

    /** Issue 19.10: each entry has its page: basis, measures, period and status, the person still masked. */
    @Test
    void entryHasItsOwnPageWithBasisMeasuresAndPeriodAndThePersonMasked() throws Exception {
        long caseId = steps.listed("INDIVIDUAL", PERSON_ID, PERSON_NAME);
        long listingId = listings.findByCase(caseId).orElseThrow().id();

        mvc.perform(get("/public"))
                .andExpect(html(containsString("href=\"/public/listings/" + listingId + "\"")));
        mvc.perform(get("/public/listings/" + listingId))
                .andExpect(status().isOk())
                .andExpect(html(allOf(
                        containsString("张**"),
                        containsString("id=\"public-basis\""),
                        containsString("行政处罚决定书"),
                        containsString("id=\"public-measures\""),
                        containsString("公示中"),
                        not(containsString(PERSON_ID)),
                        not(containsString(PERSON_NAME)))));
        mvc.perform(get("/public/listings/987654321")).andExpect(status().isNotFound());
    }

    @Test
    void publishedPersonIsListedWithNameAndIdNumberMasked() throws Exception {
        assertThat(ResidentIdNumbers.isValid(PERSON_ID)).isTrue();
        long caseId = steps.listed("INDIVIDUAL", PERSON_ID, PERSON_NAME);
        long listingId = listings.findByCase(caseId).orElseThrow().id();
        String maskedId = PERSON_ID.substring(0, 4) + "**********" + PERSON_ID.substring(14);

        mvc.perform(get("/public"))
                .andExpect(status().isOk())
                .andExpect(html(allOf(
                        containsString("id=\"public-listing-" + listingId + "\""),
                        containsString(">张**</a>"),
                        containsString(">" + maskedId + "</td>"),
                        containsString("自然人"),
                        containsString("鹤信用发〔2022〕1号 第四条第13项"),
                        containsString("href=\"/login\""),
                        not(containsString(PERSON_ID)),
                        not(containsString(PERSON_NAME)))));
        // a fragment of the name or number finds no person; the full number does, still masked
        mvc.perform(get("/public").param("q", "张三"))
                .andExpect(html(not(containsString("id=\"public-listing-" + listingId + "\""))));
        mvc.perform(get("/public").param("q", PERSON_ID.substring(0, 10)))
                .andExpect(html(not(containsString("id=\"public-listing-" + listingId + "\""))));
        mvc.perform(get("/public").param("q", PERSON_ID.toLowerCase()))
                .andExpect(html(allOf(containsString("id=\"public-listing-" + listingId + "\""),
                        containsString(">" + maskedId + "</td>"))));
    }

    @Test
    void enterpriseIsFoundByPartOfItsNameAndAnObjectionUnderVerificationIsMarked() throws Exception {
        long caseId = steps.listed("ENTERPRISE", COMPANY_CODE, "鹤岗示例建材有限公司");
        long listingId = listings.findByCase(caseId).orElseThrow().id();

        mvc.perform(get("/public").param("q", "示例建材"))
                .andExpect(status().isOk())
                .andExpect(html(allOf(
                        containsString("id=\"public-listing-" + listingId + "\""),
                        containsString(">鹤岗示例建材有限公司</a>"),
                        containsString(">" + COMPANY_CODE + "</td>"),
                        containsString("严重破坏市场公平竞争秩序和社会正常秩序"),
                        containsString("“示例建材”的查询结果"))));

        listings.changeStatus(listingId, ListingStatus.ACTIVE, ListingStatus.SUSPENDED);
        mvc.perform(get("/public").param("q", "示例建材"))
                .andExpect(html(containsString("public-under-objection\" title=\"异议核实期间暂不执行联合惩戒措施\">异议核实中</span>")));

        listings.end(listingId, ListingStatus.REVOKED, "test", clock.now());
        // by the whole name: other tests of the shared context list other 示例建材 companies
        mvc.perform(get("/public").param("q", "鹤岗示例建材有限公司"))
                .andExpect(html(allOf(not(containsString("id=\"public-listing-" + listingId + "\"")),
                        containsString("id=\"public-empty\""))));
    }

    @Test
    void searchThatFindsNothingOrIsTooLongSaysSo() throws Exception {
        mvc.perform(get("/public").param("q", "并不存在的企业名称"))
                .andExpect(status().isOk())
                .andExpect(html(allOf(containsString("id=\"public-empty\""), containsString("没有找到符合条件的公示记录"))));
        mvc.perform(get("/public").param("q", "长".repeat(101)))
                .andExpect(status().isOk())
                .andExpect(html(containsString("查询内容不能超过 100 个字符")));
        // issue 18.8: "%" and "_" are searched literally, not as wildcards that match every listing
        steps.listed("ENTERPRISE", TestSubjects.enterpriseCode(), "通配符测试建材有限公司");
        for (String wildcard : new String[] {"%", "_", "通配符%建材", "通配符测试建材有限公_"}) {
            mvc.perform(get("/public").param("q", wildcard))
                    .andExpect(status().isOk())
                    .andExpect(html(containsString("id=\"public-empty\"")));
        }
        mvc.perform(get("/public").param("page", "abc").header("Accept-Language", "en"))
                .andExpect(status().isOk())
                .andExpect(html(containsString("Public serious-dishonesty list")));
    }

    private static String withCheckCharacter(String first17) {
        return first17 + ResidentIdNumbers.checkCharacter(first17);
    }

    private static ResultMatcher html(Matcher<? super String> matcher) {
        return result -> MatcherAssert.assertThat("page",
                result.getResponse().getContentAsString().replaceAll("\\s+", " "), matcher);
    }
}
