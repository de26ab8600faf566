package org.xinyong.workflow.listing.demo;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.xinyong.workflow.calendar.BusinessClock;
import org.xinyong.workflow.listing.ListingCase;
import org.xinyong.workflow.listing.ListingCases;
import org.xinyong.workflow.listing.ListingNoticeService;
import org.xinyong.workflow.listing.RecordFindingRequest;
import org.xinyong.workflow.security.CurrentUser;
import org.xinyong.workflow.security.Groups;
import org.xinyong.workflow.security.Roles;
import org.xinyong.workflow.validation.SubjectType;
import org.xinyong.workflow.work.CaseTasks;

/**
 * A few sample cases for the demo (API.md "Running"), started through the real procedure so that every step, deadline
 * and document is genuine: a market-regulation case for ent1 whose notice has been delivered (its statement window is
 * running), and a tax case for ent2 awaiting the head's review. Moving the business clock
 * ({@code POST /api/v1/admin/clock}) carries them on. Only on an empty case table, so a restart adds nothing.
 */
@Component
@Profile("demo")
@ConditionalOnProperty(name = "xinyong.demo.sample-cases", havingValue = "true", matchIfMissing = true)
@Order(300)
public class DemoCases implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(DemoCases.class);

    private final ListingCases cases;
    private final CaseTasks tasks;
    private final JdbcClient jdbc;
    private final BusinessClock clock;
    private final ListingNoticeService notices;

    public DemoCases(ListingCases cases, CaseTasks tasks, JdbcClient jdbc, BusinessClock clock,
                     ListingNoticeService notices) {
        this.cases = cases;
        this.tasks = tasks;
        this.jdbc = jdbc;
        this.clock = clock;
        this.notices = notices;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (jdbc.sql("select count(*) from listing_case").query(Integer.class).single() > 0) {
            return;
        }
        LocalDate basisDate = clock.today().minusDays(30);
        ListingCase food = cases.record(new RecordFindingRequest(SubjectType.ENTERPRISE, "91230400MA19XY0035",
                "鹤岗市示例商贸有限公司", "ADMINISTRATIVE_PENALTY", "鹤市监罚〔" + basisDate.getYear() + "〕15号", basisDate,
                "LIFE_HEALTH", "SERIOUS", "销售不符合食品安全标准的食品，货值金额较大，造成严重社会影响",
                List.of("M-PROCUREMENT-BAN", "M-FOOD-LICENCE-BAN"), false, false, false, false),
                staff("amr", "amr", Groups.department("amr")));
        CurrentUser head = staff("amr-head", "amr", Groups.departmentHead("amr"));
        approve(head, food, "事实清楚，依据充分，同意告知。");
        // served by post the same day (issue 13.5: the statement window counts from service, not from issue)
        notices.recordByDepartment(food.id(), "POST", clock.today().toString(), "演示数据：邮寄送达回执（挂号信）", "amr");
        cases.record(new RecordFindingRequest(SubjectType.ENTERPRISE, "91410526MA3X00004Y", "滑县示例建材有限公司",
                "ADMINISTRATIVE_PENALTY", "滑税罚〔" + basisDate.getYear() + "〕8号", basisDate, "MARKET_ORDER",
                "SERIOUS", "有履行能力但拒不缴纳已生效处罚决定确定的税款及滞纳金，情节严重",
                List.of("M-PROCUREMENT-BAN", "M-TAX-CREDIT-D"), false, false, false, false),
                staff("tax", "tax", Groups.department("tax")));
        // graded handling (issue 14; seed003 §二(四)1-2): a minor record of ent1 whose credit reminder the department
        // now follows up, and a general record of ent2 that put it on the watch list; neither is ever listed
        ListingCase minor = cases.record(new RecordFindingRequest(SubjectType.ENTERPRISE, "91230400MA19XY0035",
                "鹤岗市示例商贸有限公司", "ADMINISTRATIVE_PENALTY", "鹤市监罚〔" + basisDate.getYear() + "〕21号", basisDate,
                "MARKET_ORDER", "MINOR", "未按规定期限公示年度报告，经责令后已补报",
                List.of("M-PROCUREMENT-BAN"), false, false, false, false),
                staff("amr", "amr", Groups.department("amr")));
        approve(head, minor, "轻微失信，予以信用提醒。");
        ListingCase general = cases.record(new RecordFindingRequest(SubjectType.ENTERPRISE, "91410526MA3X00004Y",
                "滑县示例建材有限公司", "ADMINISTRATIVE_PENALTY", "滑市监罚〔" + basisDate.getYear() + "〕33号", basisDate,
                "MARKET_ORDER", "GENERAL", "在招标投标活动中提供虚假业绩材料，尚未造成严重后果",
                List.of("M-PROCUREMENT-BAN"), false, false, false, false),
                staff("amr", "amr", Groups.department("amr")));
        approve(head, general, "较重失信，列入重点关注名单。");
        log.info("Demo cases recorded: one in its statement window (ent1), one awaiting review (ent2), a minor record"
                + " followed up (ent1) and a general record on the watch list (ent2)");
    }

    private void approve(CurrentUser head, ListingCase record, String reasons) {
        tasks.list(head, CaseTasks.Filter.NONE, 0, 50).tasks().stream()
                .filter(task -> String.valueOf(record.id()).equals(task.caseId()))
                .forEach(task -> tasks.complete(task.id(), "approve", reasons, java.util.Map.of(), head));
    }

    private static CurrentUser staff(String username, String department, String group) {
        return new CurrentUser(username, username, Roles.STAFF, Set.of(group), department, null);
    }
}
