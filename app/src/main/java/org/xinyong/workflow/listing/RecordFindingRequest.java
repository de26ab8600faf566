package org.xinyong.workflow.listing;

import java.time.LocalDate;
import java.util.List;

import org.xinyong.workflow.validation.SubjectCodeHolder;
import org.xinyong.workflow.validation.SubjectType;
import org.xinyong.workflow.validation.ValidSubjectCode;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * Body of {@code POST /api/v1/listing-cases} (API.md). {@code basisType}, {@code domain} and {@code severity} are
 * read as text so that a value outside the law's lists is answered with the rule it breaks, not a parse error.
 *
 * @param summaryProcedure             the penalty was imposed in summary procedure (简易程序): not public credit
 *                                     information (seed001 §四 1)
 * @param firstMinorCorrected          a first, minor violation corrected at once: not public credit information
 *                                     (seed001 §四 1)
 * @param legalRepresentativeSerious   the legal representative has a serious record (seed003 §二(一)3)
 * @param ignoredCreditReminder        the subject ignored a credit reminder or interview (seed003 §二(二)1)
 * @param recordKind                   optional kind of record; a kind the rule set names non-repairable (e.g.
 *                                     {@code STATUTORY_NON_REPAIRABLE}, seed001 §四 14) can never be repaired
 */
@ValidSubjectCode
public record RecordFindingRequest(
        @NotNull SubjectType subjectType,
        @NotBlank String subjectCode,
        @NotBlank @Size(max = 200) String subjectName,
        @NotBlank String basisType,
        @NotBlank @Size(max = 100) String basisNumber,
        @NotNull LocalDate basisDate,
        @NotBlank String domain,
        @NotBlank String severity,
        @NotBlank @Size(max = 4000) String facts,
        @NotEmpty List<@NotBlank String> measures,
        Boolean summaryProcedure,
        Boolean firstMinorCorrected,
        Boolean legalRepresentativeSerious,
        Boolean ignoredCreditReminder,
        @Size(max = 60) String recordKind) implements SubjectCodeHolder {

    public RecordFindingRequest {
        measures = measures == null ? List.of() : List.copyOf(measures);
    }

    /** Without a record kind: an ordinary, repairable record. */
    public RecordFindingRequest(SubjectType subjectType, String subjectCode, String subjectName, String basisType,
                                String basisNumber, LocalDate basisDate, String domain, String severity, String facts,
                                List<String> measures, Boolean summaryProcedure, Boolean firstMinorCorrected,
                                Boolean legalRepresentativeSerious, Boolean ignoredCreditReminder) {
        this(subjectType, subjectCode, subjectName, basisType, basisNumber, basisDate, domain, severity, facts,
                measures, summaryProcedure, firstMinorCorrected, legalRepresentativeSerious, ignoredCreditReminder,
                null);
    }

    static boolean isTrue(Boolean flag) {
        return Boolean.TRUE.equals(flag);
    }
}
