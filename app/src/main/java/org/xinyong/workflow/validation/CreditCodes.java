package org.xinyong.workflow.validation;

import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The unified social credit code (统一社会信用代码) of GB 32100-2015: registration authority (1 char), category
 * (1), administrative division of the registering authority (6), organisation code of GB 11714 (9, its last char
 * being its own check char) and a check char over the first 17 (1). Each check failure is reported as a message
 * code of the errors bundle, so callers can tell the user exactly what is wrong.
 */
public final class CreditCodes {

    public static final int LENGTH = 18;

    /** The 31 characters of the code, in value order: digits and capitals without I, O, Z, S, V (GB 32100 §4.2). */
    static final String ALPHABET = "0123456789ABCDEFGHJKLMNPQRTUWXY";

    public static final String PROBLEM_LENGTH = "validation.creditCode.length";
    public static final String PROBLEM_CHARACTER = "validation.creditCode.character";
    public static final String PROBLEM_AUTHORITY = "validation.creditCode.authority";
    public static final String PROBLEM_CATEGORY = "validation.creditCode.category";
    public static final String PROBLEM_DIVISION = "validation.creditCode.division";
    public static final String PROBLEM_ORGANISATION_CODE = "validation.creditCode.organisationCode";
    public static final String PROBLEM_CHECK_DIGIT = "validation.creditCode.checkDigit";

    /**
     * Registration authority code to the category codes it may issue (GB 32100-2015 table 1): 1 机构编制, 2 外交,
     * 3 司法行政, 4 文化, 5 民政, 6 旅游, 7 宗教, 8 工会, 9 工商 (market regulation: 1 企业, 2 个体工商户,
     * 3 农民专业合作社), A 中央军委改革和编制办公室, N 农业, Y 其他. Judicial administration has gained categories
     * over time, so any digit is accepted there.
     */
    private static final Map<Character, String> CATEGORIES_BY_AUTHORITY = Map.ofEntries(
            Map.entry('1', "1239"),
            Map.entry('2', "19"),
            Map.entry('3', "123456789"),
            Map.entry('4', "19"),
            Map.entry('5', "1239"),
            Map.entry('6', "129"),
            Map.entry('7', "129"),
            Map.entry('8', "19"),
            Map.entry('9', "123"),
            Map.entry('A', "19"),
            Map.entry('N', "1239"),
            Map.entry('Y', "1"));

    /** GB 11714-1997 weights of the eight body characters of the organisation code. */
    private static final int[] ORGANISATION_WEIGHTS = {3, 7, 9, 10, 5, 8, 4, 2};

    private CreditCodes() {
    }

    /** Trims and upper-cases user input; the check itself accepts only the canonical form. */
    public static String normalize(String code) {
        return code == null ? null : code.strip().toUpperCase(Locale.ROOT);
    }

    public static boolean isValid(String code) {
        return problemOf(code).isEmpty();
    }

    /** The first problem found, as a message code; empty when the code is valid. Skips the GB 11714 check. */
    public static Optional<String> problemOf(String code) {
        return problemOf(code, false);
    }

    /**
     * @param verifyOrganisationCode also check the GB 11714 check char of positions 9–17. Codes issued by the
     *                               authorities satisfy it; the shipped demo subjects' codes do not, so it is a
     *                               deployment option (see {@link ValidationProperties}).
     */
    public static Optional<String> problemOf(String code, boolean verifyOrganisationCode) {
        if (code == null || code.length() != LENGTH) {
            return Optional.of(PROBLEM_LENGTH);
        }
        if (!code.chars().allMatch(c -> ALPHABET.indexOf(c) >= 0)) {
            return Optional.of(PROBLEM_CHARACTER);
        }
        String categories = CATEGORIES_BY_AUTHORITY.get(code.charAt(0));
        if (categories == null) {
            return Optional.of(PROBLEM_AUTHORITY);
        }
        if (categories.indexOf(code.charAt(1)) < 0) {
            return Optional.of(PROBLEM_CATEGORY);
        }
        if (!AdministrativeDivisions.isValidForOrganisation(code.substring(2, 8))) {
            return Optional.of(PROBLEM_DIVISION);
        }
        if (verifyOrganisationCode && organisationCheckCharacter(code.substring(8, 16)) != code.charAt(16)) {
            return Optional.of(PROBLEM_ORGANISATION_CODE);
        }
        if (checkCharacter(code.substring(0, 17)) != code.charAt(17)) {
            return Optional.of(PROBLEM_CHECK_DIGIT);
        }
        return Optional.empty();
    }

    /**
     * The 18th char: weights 3^i mod 31 over the first 17 chars' values, check value 31 - (sum mod 31), where 31
     * counts as 0 (GB 32100-2015 §5).
     */
    public static char checkCharacter(CharSequence first17) {
        requireLength(first17, 17);
        int sum = 0;
        int weight = 1;
        for (int i = 0; i < 17; i++) {
            sum += valueOf(first17.charAt(i)) * weight;
            weight = weight * 3 % 31;
        }
        return ALPHABET.charAt((31 - sum % 31) % 31);
    }

    /**
     * The 9th char of a GB 11714 organisation code: 11 - (weighted sum mod 11), 10 as X and 11 as 0; letters count
     * 10 for A up to 35 for Z.
     */
    public static char organisationCheckCharacter(CharSequence first8) {
        requireLength(first8, 8);
        int sum = 0;
        for (int i = 0; i < 8; i++) {
            sum += Character.digit(first8.charAt(i), 36) * ORGANISATION_WEIGHTS[i];
        }
        int check = 11 - sum % 11;
        return check == 10 ? 'X' : check == 11 ? '0' : (char) ('0' + check);
    }

    private static int valueOf(char c) {
        int value = ALPHABET.indexOf(c);
        if (value < 0) {
            throw new IllegalArgumentException("Not a credit code character: " + c);
        }
        return value;
    }

    private static void requireLength(CharSequence chars, int length) {
        if (chars == null || chars.length() != length) {
            throw new IllegalArgumentException("Expected " + length + " characters");
        }
    }
}
