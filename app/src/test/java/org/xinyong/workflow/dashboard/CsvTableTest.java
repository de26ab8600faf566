package org.xinyong.workflow.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.Test;

class CsvTableTest {

    @Test
    void fileStartsWithAByteOrderMarkAndEndsLinesWithCrLfForExcel() {
        CsvTable table = new CsvTable("t", List.of("部门", "数量"), List.of(List.of("市场监督管理局", 3)));

        byte[] bytes = table.toBytes();

        assertThat(Arrays.copyOf(bytes, 3)).containsExactly(0xEF, 0xBB, 0xBF);
        assertThat(new String(bytes, 3, bytes.length - 3, StandardCharsets.UTF_8))
                .isEqualTo("部门,数量\r\n市场监督管理局,3\r\n");
    }

    @Test
    void fieldsWithCommasQuotesOrLineBreaksAreQuotedAndNullIsEmpty() {
        assertThat(CsvTable.field("a,b")).isEqualTo("\"a,b\"");
        assertThat(CsvTable.field("say \"hi\"")).isEqualTo("\"say \"\"hi\"\"\"");
        assertThat(CsvTable.field("two\nlines")).isEqualTo("\"two\nlines\"");
        assertThat(CsvTable.field(null)).isEmpty();
        assertThat(CsvTable.field(LocalDate.of(2026, 6, 1))).isEqualTo("2026-06-01");
    }

    @Test
    void textThatASpreadsheetWouldRunAsAFormulaIsDefused() {
        assertThat(CsvTable.field("=HYPERLINK(\"x\")")).isEqualTo("\"'=HYPERLINK(\"\"x\"\")\"");
        assertThat(CsvTable.field("+1")).isEqualTo("'+1");
        assertThat(CsvTable.field("@sum")).isEqualTo("'@sum");
        assertThat(CsvTable.field(-2)).as("numbers stay numbers").isEqualTo("-2");
        assertThat(CsvTable.field(59.8)).isEqualTo("59.8");
    }
}
