package org.xinyong.workflow.bench;

import java.util.List;

/**
 * Read queries timed under load (figure 2): every Spring bean of this type in bench/ contributes its probes, so a
 * feature adds its own (e.g. the supervisor dashboard's queries: a {@code @Component} in this package returning one
 * {@link Probe} per dashboard query, target p95 100 ms) without touching the harness. See {@link TaskListProbes}.
 */
public interface BenchProbes {

    /** One query: its name in the results table, the call, and the p95 it must stay under (issue 7). */
    record Probe(String name, Runnable call, double targetP95Millis) {
    }

    List<Probe> probes();
}
