package org.xinyong.workflow.bench;

/**
 * The harness's parameters, as system properties ({@code -Dbench.openCases=100000} on the Maven command line or
 * {@code BENCH_OPEN_CASES=100000 bench/run.sh}). The defaults run in a few minutes on the 2-core machine; the issue's
 * full scale is {@code openCases=100000, timers=10000}.
 */
record BenchSettings(int warmUpStarts, int rounds, int startsPerRound, int openCases, int templatesPerDepartment,
                     int taskListSamples, int completions, int timers, int starterThreads, String resultsFile,
                     java.util.List<String> departments) {

    static BenchSettings fromSystemProperties() {
        return new BenchSettings(
                // The service layer runs far more code than the bare engine (JDBC templates, security, audit), which
                // the JIT compiles later: after 100 warm-up starts the first comparison moved between 0.49 and 0.67
                // from run to run on a quiet machine, while the later, warm one held at 0.63-0.66 (2026-11-27).
                Integer.getInteger("bench.warmUpStarts", 300),
                Integer.getInteger("bench.rounds", 12),
                Integer.getInteger("bench.startsPerRound", 25),
                Integer.getInteger("bench.openCases", 20_000),
                Integer.getInteger("bench.templatesPerDepartment", 20),
                Integer.getInteger("bench.taskListSamples", 200),
                Integer.getInteger("bench.completions", 200),
                Integer.getInteger("bench.timers", 2_000),
                Integer.getInteger("bench.starterThreads", 4),
                System.getProperty("bench.results", "../bench/RESULTS.md"),
                // the departments that record findings (data/reference/departments.json); the seeded cases are spread
                // over them as a city's would be. "-Dbench.departments=amr,tax" is the worst case for amr-head.
                java.util.List.of(System.getProperty("bench.departments",
                        "amr,tax,env,housing,hrss,finance,natres,emergency").split(",")));
    }

    String describe() {
        return "openCases=" + openCases + " over " + departments.size() + " departments, timers=" + timers + ", starts=" + rounds + "x" + startsPerRound
                + " per kind (after " + warmUpStarts + " warm-up), taskListSamples=" + taskListSamples
                + ", heap max " + Runtime.getRuntime().maxMemory() / (1024 * 1024) + " MiB";
    }
}
