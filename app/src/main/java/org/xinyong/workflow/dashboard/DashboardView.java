package org.xinyong.workflow.dashboard;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.util.List;

import org.xinyong.workflow.cases.CaseType;

/**
 * Everything the dashboard page shows, in the reader's language. Aggregates only: no subject names; lists of tasks
 * and deadlines name the case and its department, and link to the case page when the reader may open it.
 *
 * @param asOf         business time the numbers are taken at
 * @param mayOpenCases whether the reader may open case pages (staff and supervisors), so lists carry links
 */
public record DashboardView(DashboardFilter filter, LocalDateTime asOf, boolean mayOpenCases,
                            List<Option> departments, List<Option> lifecycles, Summary summary,
                            List<OpenCaseLine> openCases, List<TaskLine> dueTasks, List<TaskLine> overdueTasks,
                            List<DeadlineLine> overdueDeadlines, List<PunctualityLine> punctuality,
                            List<ComplianceLine> compliance,
                            List<RepairLine> repairs, RepairLine repairTotal, List<ListingLine> listings,
                            List<RecordLine> records) {

    /** Dishonesty records by assessed severity and handling (seed003 §二(四)1-3). */
    public record RecordLine(String severity, String severityLabel, String handling, String handlingLabel,
                             long count) {
    }

    /** A choice of a filter: its value and its label. */
    public record Option(String value, String label) {
    }

    /**
     * The counts at the top: open tasks whose last day is within 3 and within 7 days, overdue tasks and overdue
     * deadlines.
     */
    public record Summary(long dueIn3Days, long dueIn7Days, long overdueTasks, long overdueDeadlines) {
    }

    public record OpenCaseLine(CaseType caseType, String caseTypeLabel, String stage, String stageLabel,
                               String department, String departmentName, long count) {
    }

    /**
     * An open task of a case.
     *
     * @param days     days left to its last day (due tasks) or days over it (overdue tasks)
     * @param within3  its last day is within 3 days
     */
    public record TaskLine(CaseType caseType, String caseTypeLabel, String caseId, String caseRef, String department,
                           String departmentName, String taskName, LocalDate lastDay, long days, boolean within3,
                           String link) {
    }

    public record DeadlineLine(CaseType caseType, String caseTypeLabel, String caseId, String caseRef,
                               String department, String departmentName, String kindLabel, LocalDate lastDay,
                               long daysOver, String link) {
    }

    /**
     * Tasks completed in a month, and how many after their due date.
     *
     * @param latePercent share completed late in percent, one decimal
     */
    public record PunctualityLine(String department, String departmentName, YearMonth month, long finished,
                                  long late, Double latePercent) {
    }

    /** @param sharePercent on-time share in percent, one decimal; {@code null} when nothing was due */
    public record ComplianceLine(String department, String departmentName, YearMonth month, long due, long onTime,
                                 Double sharePercent) {
    }

    /** Days from application to decision, one decimal. */
    public record RepairLine(String department, String departmentName, long decided, long approved,
                             double averageDays, double medianDays, double maxDays) {
    }

    public record ListingLine(YearMonth month, long active, long suspended, long removed, long revoked) {

        public long total() {
            return active + suspended + removed + revoked;
        }
    }
}
