package org.xinyong.workflow.cases;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.xinyong.workflow.audit.AuditLog;
import org.xinyong.workflow.audit.AuditableAction;
import org.xinyong.workflow.security.CurrentUser;

/**
 * The case list (issue 19.2): cases of every registered {@link CaseKind}, each kind's rows from its
 * {@link CaseKind#caseListSql()}, as one list, newest first, searched and paged in the database. Who sees which case
 * is the rule of {@link CaseKind#mayView}: a department's staff its own department's cases, the credit office,
 * supervisors and administrators every case; an enterprise none here (it has the portal).
 */
@Component
public class CaseSearch {

    /** The audit action of a look at the case list: which cases (their subjects) were shown, for which search. */
    public enum Action implements AuditableAction {
        CASE_LIST_VIEWED
    }

    private final JdbcClient jdbc;
    private final CaseKinds kinds;
    private final AuditLog audit;

    public CaseSearch(JdbcClient jdbc, CaseKinds kinds, AuditLog audit) {
        this.jdbc = jdbc;
        this.kinds = kinds;
        this.audit = audit;
    }

    /**
     * What to look for; a null field matches every case.
     *
     * @param subject    a fragment of the subject's name or code (matched literally, case-insensitively)
     * @param number     the case number: a business key ({@code LISTING-7}) or the bare id ({@code 7})
     * @param status     a status name (the {@code status} column of the kind)
     * @param open       only open cases (true), only closed ones (false)
     */
    public record Criteria(CaseType caseType, String subject, String number, String status, Boolean open) {

        public static Criteria none() {
            return new Criteria(null, null, null, null, null);
        }
    }

    /** A case of the list. */
    public record Row(CaseRef ref, String status, String statusLabelCode, boolean open, String departmentCode,
                      String subjectCode, String subjectName, Instant openedAt) {
    }

    public record Page(List<Row> rows, long total) {
    }

    /**
     * One page of the cases the user may see that match; the page shown is audited (the subjects on it are
     * personal data, DOMAIN "Privacy and audit"): the search, the total and the cases of the page.
     */
    @Transactional
    public Page find(CurrentUser user, Criteria criteria, int offset, int limit) {
        Page page = search(user, criteria, offset, limit);
        if (!page.rows().isEmpty()) {
            List<String> subjects = page.rows().stream().map(Row::subjectCode).distinct().toList();
            audit.record(Action.CASE_LIST_VIEWED, subjects.size() == 1 ? subjects.get(0) : null, null,
                    "case list " + criteria + ", " + page.total() + " found, shown: "
                            + String.join(", ", page.rows().stream().map(row -> row.ref().businessKey()).toList()),
                    null);
        }
        return page;
    }

    private Page search(CurrentUser user, Criteria criteria, int offset, int limit) {
        if (user.isEnterprise() || (!user.seesAllCases() && user.departmentCode() == null)) {
            return new Page(List.of(), 0);
        }
        Map<String, Object> params = new HashMap<>();
        List<String> selects = new ArrayList<>();
        List<String> openConditions = new ArrayList<>();
        for (CaseKind kind : kinds.all()) {
            if (criteria.caseType() != null && kind.type() != criteria.caseType()) {
                continue;
            }
            String type = kind.type().name(); // an enum constant: safe in the SQL
            selects.add("select '" + type + "' as case_type, k.case_id, k.status, k.department_code,"
                    + " k.subject_code, k.subject_name, k.opened_at from (" + kind.caseListSql() + ") k");
            if (!kind.openStatuses().isEmpty()) {
                params.put("open_" + type, List.copyOf(kind.openStatuses()));
                openConditions.add("(c.case_type = '" + type + "' and c.status in (:open_" + type + "))");
            }
        }
        if (selects.isEmpty()) {
            return new Page(List.of(), 0);
        }
        List<String> where = new ArrayList<>();
        if (!user.seesAllCases()) {
            where.add("c.department_code = :department");
            params.put("department", user.departmentCode());
        }
        if (criteria.subject() != null) {
            where.add("(lower(c.subject_name) like :subject escape '!' or lower(c.subject_code) like :subject escape '!')");
            params.put("subject", "%" + likeLiteral(criteria.subject().toLowerCase(Locale.ROOT)) + "%");
        }
        if (criteria.number() != null) {
            String number = criteria.number().trim().toUpperCase(Locale.ROOT);
            CaseRef ref = CaseRef.fromBusinessKey(number).orElse(null);
            Long id = ref != null ? ref.numericId().orElse(null) : parseId(number);
            if (id == null) {
                return new Page(List.of(), 0);
            }
            where.add("c.case_id = :id");
            params.put("id", id);
            if (ref != null) {
                where.add("c.case_type = :numberType");
                params.put("numberType", ref.caseType().name());
            }
        }
        if (criteria.status() != null) {
            where.add("c.status = :status");
            params.put("status", criteria.status());
        }
        if (Boolean.TRUE.equals(criteria.open())) {
            where.add(openConditions.isEmpty() ? "1 = 0" : "(" + String.join(" or ", openConditions) + ")");
        } else if (Boolean.FALSE.equals(criteria.open()) && !openConditions.isEmpty()) {
            where.add("not (" + String.join(" or ", openConditions) + ")");
        }
        String from = " from (" + String.join(" union all ", selects) + ") c"
                + (where.isEmpty() ? "" : " where " + String.join(" and ", where));
        long total = jdbc.sql("select count(*)" + from).params(params).query(Long.class).single();
        if (total == 0 || offset >= total) {
            return new Page(List.of(), total);
        }
        params.put("limit", limit);
        params.put("offset", offset);
        List<Row> rows = jdbc.sql("select c.*" + from
                        + " order by c.opened_at desc, c.case_type, c.case_id desc limit :limit offset :offset")
                .params(params).query(this::map).list();
        return new Page(rows, total);
    }

    /** {@code text} matched literally by LIKE ... ESCAPE '!': a searched "%" or "_" is no wildcard (issue 18.8). */
    static String likeLiteral(String text) {
        return text.replace("!", "!!").replace("%", "!%").replace("_", "!_");
    }

    private static Long parseId(String number) {
        try {
            return Long.valueOf(number);
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private Row map(ResultSet rs, int row) throws SQLException {
        CaseType type = CaseType.valueOf(rs.getString("case_type"));
        CaseKind kind = kinds.of(type);
        String status = rs.getString("status");
        return new Row(new CaseRef(type, Long.toString(rs.getLong("case_id"))), status,
                kind.statusLabelPrefix() + status, kind.openStatuses().contains(status),
                rs.getString("department_code"), rs.getString("subject_code"), rs.getString("subject_name"),
                rs.getTimestamp("opened_at").toInstant());
    }
}
