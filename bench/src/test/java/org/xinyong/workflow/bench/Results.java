package org.xinyong.workflow.bench;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/** The results table: printed, and appended with the date and the machine to bench/RESULTS.md. */
final class Results {

    private record Row(String figure, String measured, String target, String note) {
    }

    private final List<Row> rows = new ArrayList<>();
    private final List<String> details = new ArrayList<>();

    void add(String figure, String measured, String target, String note) {
        rows.add(new Row(figure, measured, target, note));
        System.out.printf("[bench] %s: %s (target %s) %s%n", figure, measured, target, note);
    }

    void detail(String title, String text) {
        details.add("<details><summary>" + title + "</summary>\n\n```\n" + text.strip() + "\n```\n</details>\n");
    }

    String markdown(BenchSettings settings) {
        StringBuilder out = new StringBuilder();
        out.append("\n## ").append(OffsetDateTime.now(ZoneOffset.UTC).format(DateTimeFormatter.ISO_LOCAL_DATE_TIME)
                .substring(0, 16)).append(" UTC\n\n");
        out.append("- machine: `").append(command("uname", "-a")).append("`\n");
        out.append("- cores: ").append(Runtime.getRuntime().availableProcessors()).append(", memory: ")
                .append(memTotal()).append(", load average at the end: ").append(loadAverage()).append('\n');
        out.append("- Java ").append(System.getProperty("java.version")).append(", ")
                .append(settings.describe()).append('\n');
        out.append("- ").append(System.getProperty("bench.note",
                "CPU shared with other work on this machine: absolute figures are noisy; the ratios and percentiles"
                        + " of one run are comparable")).append("\n\n");
        out.append("| figure | measured | target | note |\n|---|---|---|---|\n");
        for (Row row : rows) {
            out.append("| ").append(row.figure()).append(" | ").append(row.measured()).append(" | ")
                    .append(row.target()).append(" | ").append(row.note()).append(" |\n");
        }
        out.append('\n');
        details.forEach(detail -> out.append(detail).append('\n'));
        return out.toString();
    }

    void print(BenchSettings settings) {
        String text = markdown(settings);
        System.out.println(text);
        try {
            Files.writeString(Path.of(settings.resultsFile()), text, StandardCharsets.UTF_8, StandardOpenOption.CREATE,
                    StandardOpenOption.APPEND);
        } catch (IOException e) {
            throw new IllegalStateException("cannot append to " + settings.resultsFile(), e);
        }
    }

    private static String memTotal() {
        var os = (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
        return os.getTotalMemorySize() / (1024 * 1024 * 1024) + " GiB";
    }

    private static String loadAverage() {
        return String.format("%.2f", ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
    }

    static String command(String... command) {
        try {
            Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
            String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
            process.waitFor(10, TimeUnit.SECONDS);
            return out;
        } catch (IOException e) {
            return "?";
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return "?";
        }
    }

    /** Resident set size of this JVM, from /proc (Linux). */
    static long rssMiB() {
        try {
            for (String line : Files.readAllLines(Path.of("/proc/self/status"))) {
                if (line.startsWith("VmRSS:")) {
                    return Long.parseLong(line.replaceAll("\\D", "")) / 1024;
                }
            }
        } catch (IOException | NumberFormatException e) {
            return -1;
        }
        return -1;
    }
}
