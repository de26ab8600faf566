package org.xinyong.workflow.admin.web;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.time.format.DateTimeFormatter;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.context.MessageSource;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.util.UriComponentsBuilder;
import org.xinyong.workflow.audit.AuditAction;
import org.xinyong.workflow.audit.AuditEntry;
import org.xinyong.workflow.audit.AuditFilter;
import org.xinyong.workflow.audit.AuditTrail;

/**
 * The audit log for administrators ({@code /admin/audit}, issue 19.13): the entries of {@link AuditTrail}, filtered by
 * subject code, case, action, actor and date range, a page at a time, and the filtered entries as CSV
 * ({@code /admin/audit.csv}: UTF-8 with a byte order mark so that Excel reads the Chinese, one header row). Like
 * {@code GET /api/v1/audit}, reading the log is not itself logged.
 */
@Controller
public class AuditPagesController {

    static final int PAGE_SIZE = 50;
    /** The most entries one CSV holds; narrow the filter for more. */
    static final int MAX_CSV_ROWS = 50_000;
    private static final int CSV_CHUNK = 1_000;
    private static final DateTimeFormatter CSV_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");
    private static final List<String> CSV_COLUMNS = List.of("id", "occurredAt", "actor", "action", "subjectCode",
            "caseRef", "detail", "purpose", "clientAddress");

    private final AuditTrail trail;
    private final MessageSource messages;

    public AuditPagesController(AuditTrail trail, MessageSource messages) {
        this.trail = trail;
        this.messages = messages;
    }

    @GetMapping("/admin/audit")
    public String list(@RequestParam(required = false) String subjectCode,
                       @RequestParam(required = false) String caseRef,
                       @RequestParam(required = false) String action,
                       @RequestParam(required = false) String actor,
                       @RequestParam(required = false) String from,
                       @RequestParam(required = false) String to,
                       @RequestParam(required = false) String page, Model model) {
        AuditLogQuery.Parsed parsed = AuditLogQuery.parse(subjectCode, caseRef, action, actor, from, to, page);
        AuditLogQuery query = parsed.query();
        AuditFilter filter = query.filter();
        long total = trail.count(filter);
        int pages = (int) Math.max(1, (total + PAGE_SIZE - 1) / PAGE_SIZE);
        List<AuditEntry> entries = trail.find(filter, (query.page() - 1) * PAGE_SIZE, PAGE_SIZE);
        model.addAttribute("filterErrors", parsed.invalid());
        model.addAttribute("query", query);
        model.addAttribute("entries", entries);
        model.addAttribute("total", total);
        model.addAttribute("pages", pages);
        model.addAttribute("firstRow", entries.isEmpty() ? 0 : (long) (query.page() - 1) * PAGE_SIZE + 1);
        model.addAttribute("lastRow", (long) (query.page() - 1) * PAGE_SIZE + entries.size());
        model.addAttribute("pageLinks", pageLinks(query.page(), pages));
        model.addAttribute("actions", Arrays.stream(AuditAction.values()).map(Enum::name).toList());
        model.addAttribute("csvLimit", MAX_CSV_ROWS);
        return "admin/audit";
    }

    /** The filtered entries as CSV; a filter that cannot be read sends the user back to the form that says why. */
    @GetMapping("/admin/audit.csv")
    public void csv(@RequestParam(required = false) String subjectCode,
                    @RequestParam(required = false) String caseRef,
                    @RequestParam(required = false) String action,
                    @RequestParam(required = false) String actor,
                    @RequestParam(required = false) String from,
                    @RequestParam(required = false) String to,
                    Locale locale, HttpServletResponse response) throws IOException {
        AuditLogQuery.Parsed parsed = AuditLogQuery.parse(subjectCode, caseRef, action, actor, from, to, null);
        if (!parsed.invalid().isEmpty()) {
            UriComponentsBuilder back = UriComponentsBuilder.fromPath("/admin/audit");
            String[][] given = {{"subjectCode", subjectCode}, {"caseRef", caseRef}, {"action", action},
                    {"actor", actor}, {"from", from}, {"to", to}};
            for (String[] param : given) {
                if (param[1] != null && !param[1].isBlank()) {
                    back.queryParam(param[0], param[1]);
                }
            }
            response.sendRedirect(back.build().encode().toUriString());
            return;
        }
        AuditFilter filter = parsed.query().filter();
        response.setContentType("text/csv;charset=UTF-8");
        response.setHeader(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                .filename("audit-log.csv", StandardCharsets.UTF_8).build().toString());
        OutputStream out = response.getOutputStream();
        out.write(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF});
        Writer csv = new OutputStreamWriter(out, StandardCharsets.UTF_8);
        writeRow(csv, CSV_COLUMNS.stream().map(column -> messages.getMessage("admin.audit.col." + column, null,
                column, locale)).toList());
        for (int offset = 0; offset < MAX_CSV_ROWS; offset += CSV_CHUNK) {
            List<AuditEntry> chunk = trail.find(filter, offset, Math.min(CSV_CHUNK, MAX_CSV_ROWS - offset));
            for (AuditEntry entry : chunk) {
                writeRow(csv, Stream.of(Long.toString(entry.id()), CSV_TIME.format(entry.occurredAt()),
                        entry.actor(), entry.action(), entry.subjectCode(), entry.caseRef(), entry.detail(),
                        entry.purpose(), entry.clientAddress()).toList());
            }
            if (chunk.size() < CSV_CHUNK) {
                break;
            }
        }
        csv.flush();
    }

    static void writeRow(Writer csv, List<String> fields) throws IOException {
        for (int i = 0; i < fields.size(); i++) {
            if (i > 0) {
                csv.write(',');
            }
            csv.write(field(fields.get(i)));
        }
        csv.write("\r\n");
    }

    /**
     * One CSV field (RFC 4180): quoted when it holds a comma, quote or line break; a value that a spreadsheet would
     * run as a formula ({@code = + - @}) is kept as text by a leading apostrophe.
     */
    static String field(String value) {
        if (value == null) {
            return "";
        }
        String text = value;
        if (!text.isEmpty() && "=+-@\t\r".indexOf(text.charAt(0)) >= 0) {
            text = "'" + text;
        }
        if (text.contains(",") || text.contains("\"") || text.contains("\n") || text.contains("\r")) {
            return "\"" + text.replace("\"", "\"\"") + "\"";
        }
        return text;
    }

    /** The page numbers to link: the first, the last and those near the current one (0 marks a gap). */
    static List<Integer> pageLinks(int current, int pages) {
        java.util.ArrayList<Integer> links = new java.util.ArrayList<>();
        for (int p = 1; p <= pages; p++) {
            if (p == 1 || p == pages || Math.abs(p - current) <= 2) {
                links.add(p);
            } else if (links.get(links.size() - 1) != 0) {
                links.add(0);
            }
        }
        return links;
    }
}
