package org.xinyong.workflow.dashboard;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * A table as a CSV file for Excel: UTF-8 with a byte-order mark (so Excel reads Chinese correctly), CRLF line ends,
 * fields quoted where RFC 4180 needs it. A field starting with {@code = + - @} is prefixed with an apostrophe, so a
 * spreadsheet never runs it as a formula.
 */
public record CsvTable(String name, List<String> headers, List<List<Object>> rows) {

    static final byte[] BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};

    public CsvTable {
        headers = List.copyOf(headers);
        rows = List.copyOf(rows);
    }

    public byte[] toBytes() {
        StringBuilder text = new StringBuilder();
        line(text, List.copyOf(headers));
        for (List<Object> row : rows) {
            line(text, row);
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes(BOM);
        out.writeBytes(text.toString().getBytes(StandardCharsets.UTF_8));
        return out.toByteArray();
    }

    private static void line(StringBuilder text, List<?> fields) {
        for (int i = 0; i < fields.size(); i++) {
            if (i > 0) {
                text.append(',');
            }
            text.append(field(fields.get(i)));
        }
        text.append("\r\n");
    }

    static String field(Object value) {
        if (value == null) {
            return "";
        }
        String text = value.toString();
        if (!(value instanceof Number) && !text.isEmpty() && "=+-@".indexOf(text.charAt(0)) >= 0) {
            text = "'" + text;
        }
        if (text.contains(",") || text.contains("\"") || text.contains("\n") || text.contains("\r")) {
            return '"' + text.replace("\"", "\"\"") + '"';
        }
        return text;
    }
}
