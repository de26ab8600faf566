package org.xinyong.workflow.rules;

import java.util.List;

/** Kinds of record that can never be repaired, with the clause that says so. */
public record NonRepairableKinds(List<String> codes, String source) {

    public NonRepairableKinds {
        codes = List.copyOf(codes);
    }

    public boolean contains(String kind) {
        return kind != null && codes.contains(kind);
    }
}
