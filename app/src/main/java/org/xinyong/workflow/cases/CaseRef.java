package org.xinyong.workflow.cases;

import java.util.Optional;


/**
 * A case as the engine knows it: the process instance's business key is {@code <CASE_TYPE>-<id>}, e.g.
 * {@code LISTING-12}, with the id that the POST creating the case returned.
 */
public record CaseRef(CaseType caseType, String caseId) {

    public static Optional<CaseRef> fromBusinessKey(String businessKey) {
        if (businessKey == null) {
            return Optional.empty();
        }
        int dash = businessKey.indexOf('-');
        if (dash <= 0) {
            return Optional.empty();
        }
        try {
            return Optional.of(new CaseRef(CaseType.valueOf(businessKey.substring(0, dash)),
                    businessKey.substring(dash + 1)));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    public String businessKey() {
        return caseType.name() + "-" + caseId;
    }

    /** The case's page in the workspace: every case type has one ({@code /work/cases/<CASE_TYPE>/<id>}). */
    public String page() {
        return "/work/cases/" + caseType.name() + "/" + caseId;
    }

    /** The case id as a number (every case kind's ids are), empty when it is not one. */
    public Optional<Long> numericId() {
        try {
            return Optional.of(Long.valueOf(caseId));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }
}
