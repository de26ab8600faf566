package org.xinyong.workflow.dashboard;

import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Map;

import org.springframework.http.CacheControl;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.server.ResponseStatusException;
import org.xinyong.workflow.dashboard.DashboardCharts.Chart;
import org.xinyong.workflow.cases.CaseType;
import org.xinyong.workflow.security.CurrentUsers;

/**
 * The supervisor dashboard ({@code /dashboard}; supervisors, the credit office and administrators, see
 * security.SecurityConfig): the page, its charts' data ({@code /dashboard/data.json}) and each table as CSV
 * ({@code /dashboard/<table>.csv}). Aggregates and case ids only, no subject's details, so views are not audited;
 * the case pages it links to audit their own views.
 */
@Controller
public class DashboardController {

    static final MediaType CSV = new MediaType("text", "csv", StandardCharsets.UTF_8);

    private final Dashboard dashboard;
    private final DashboardTables tables;
    private final CurrentUsers users;

    public DashboardController(Dashboard dashboard, DashboardTables tables, CurrentUsers users) {
        this.dashboard = dashboard;
        this.tables = tables;
        this.users = users;
    }

    @GetMapping("/dashboard")
    public String page(@RequestParam(required = false) String department,
                       @RequestParam(required = false) String lifecycle, Locale locale, Model model) {
        DashboardFilter filter = filter(department, lifecycle);
        model.addAttribute("dashboard", dashboard.view(filter, users.find().orElse(null), locale));
        model.addAttribute("tables", DashboardTables.NAMES);
        return "dashboard/index";
    }

    @GetMapping(value = "/dashboard/data.json", produces = MediaType.APPLICATION_JSON_VALUE)
    @ResponseBody
    public ResponseEntity<Map<String, Chart>> data(@RequestParam(required = false) String department,
                                                   @RequestParam(required = false) String lifecycle, Locale locale) {
        return ResponseEntity.ok().cacheControl(CacheControl.noStore())
                .body(dashboard.charts(filter(department, lifecycle), locale));
    }

    @GetMapping("/dashboard/{table}.csv")
    public ResponseEntity<byte[]> csv(@PathVariable String table, @RequestParam(required = false) String department,
                                      @RequestParam(required = false) String lifecycle, Locale locale) {
        CsvTable csv = tables.table(table, filter(department, lifecycle), locale)
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        return ResponseEntity.ok()
                .contentType(CSV)
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename("dashboard-" + csv.name() + ".csv").build().toString())
                .cacheControl(CacheControl.noStore())
                .body(csv.toBytes());
    }

    /** The filters as sent; an unknown lifecycle means every lifecycle rather than an error. */
    static DashboardFilter filter(String department, String lifecycle) {
        CaseType type = null;
        if (lifecycle != null && !lifecycle.isBlank()) {
            try {
                type = CaseType.valueOf(lifecycle.strip().toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException unknown) {
                type = null;
            }
        }
        return new DashboardFilter(department, type);
    }
}
