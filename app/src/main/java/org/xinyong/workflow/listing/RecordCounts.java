package org.xinyong.workflow.listing;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.xinyong.workflow.rules.Severity;

/**
 * The dashboard's count of dishonesty records by assessed severity and handling (issue 14; seed003 §二(四)1-3), by
 * the same rule the records API states ({@link RecordViews#handlingOf}). Counted in the database, grouped in Java.
 */
@Component
public class RecordCounts {

    public record Line(Severity severity, RecordViews.Handling handling, long count) {
    }

    private final JdbcClient jdbc;

    public RecordCounts(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** @param departmentCode one department's records, or {@code null} for every department's */
    public List<Line> bySeverityAndHandling(String departmentCode) {
        String sql = """
                select severity, status, close_reason, interviewed, count(*) as n from (
                  select c.severity, c.status, c.close_reason,
                         case when c.severity = 'MINOR' and exists (select 1 from case_document d
                              where d.case_type = 'LISTING' and d.case_id = cast(c.id as varchar(40))
                                and d.kind = 'INTERVIEW_NOTICE') then 1 else 0 end as interviewed
                    from listing_case c
                   where (cast(:department as varchar(40)) is null or c.department_code = :department)
                ) r group by severity, status, close_reason, interviewed
                """;
        Map<Severity, Map<RecordViews.Handling, Long>> counts = new EnumMap<>(Severity.class);
        jdbc.sql(sql).param("department", departmentCode).query((java.sql.ResultSet rs) -> {
            Severity severity = Severity.valueOf(rs.getString("severity"));
            RecordViews.Handling handling = RecordViews.handlingOf(ListingCaseStatus.valueOf(rs.getString("status")),
                    rs.getString("close_reason"), severity, rs.getInt("interviewed") == 1);
            counts.computeIfAbsent(severity, s -> new TreeMap<>()).merge(handling, rs.getLong("n"), Long::sum);
        });
        return counts.entrySet().stream().flatMap(bySeverity -> bySeverity.getValue().entrySet().stream()
                .map(byHandling -> new Line(bySeverity.getKey(), byHandling.getKey(), byHandling.getValue())))
                .toList();
    }
}
