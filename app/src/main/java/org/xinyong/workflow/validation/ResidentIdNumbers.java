package org.xinyong.workflow.validation;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Optional;

/**
 * The citizen identification number (居民身份证号码) of GB 11643-1999: address code (6 digits), birth date
 * (yyyyMMdd), sequence number (3 digits) and an ISO 7064 MOD 11-2 check char (0–9 or X).
 */
public final class ResidentIdNumbers {

    public static final int LENGTH = 18;

    public static final String PROBLEM_LENGTH = "validation.residentId.length";
    public static final String PROBLEM_CHARACTER = "validation.residentId.character";
    public static final String PROBLEM_DIVISION = "validation.residentId.division";
    public static final String PROBLEM_BIRTH_DATE = "validation.residentId.birthDate";
    public static final String PROBLEM_CHECK_DIGIT = "validation.residentId.checkDigit";

    /** No holder of a GB 11643 number was born earlier than this. */
    private static final int FIRST_BIRTH_YEAR = 1850;

    private ResidentIdNumbers() {
    }

    /** Trims and upper-cases user input (a lower-case x is a common way of typing the check char X). */
    public static String normalize(String number) {
        return number == null ? null : number.strip().toUpperCase(Locale.ROOT);
    }

    public static boolean isValid(String number) {
        return problemOf(number).isEmpty();
    }

    /** The first problem found, as a message code; empty when valid. Does not compare the birth date with today. */
    public static Optional<String> problemOf(String number) {
        return problemOf(number, null);
    }

    /** As {@link #problemOf(String)}, and also refuses a birth date after {@code today} (when given). */
    public static Optional<String> problemOf(String number, LocalDate today) {
        if (number == null || number.length() != LENGTH) {
            return Optional.of(PROBLEM_LENGTH);
        }
        if (!isDigits(number.substring(0, 17)) || !isCheckCharacter(number.charAt(17))) {
            return Optional.of(PROBLEM_CHARACTER);
        }
        if (!AdministrativeDivisions.isValidForResident(number.substring(0, 6))) {
            return Optional.of(PROBLEM_DIVISION);
        }
        Optional<LocalDate> birthDate = birthDate(number);
        if (birthDate.isEmpty() || birthDate.get().getYear() < FIRST_BIRTH_YEAR
                || (today != null && birthDate.get().isAfter(today))) {
            return Optional.of(PROBLEM_BIRTH_DATE);
        }
        if (checkCharacter(number.substring(0, 17)) != number.charAt(17)) {
            return Optional.of(PROBLEM_CHECK_DIGIT);
        }
        return Optional.empty();
    }

    /** The birth date in positions 7–14, when it is a real calendar date. */
    public static Optional<LocalDate> birthDate(String number) {
        if (number == null || number.length() < 14 || !isDigits(number.substring(6, 14))) {
            return Optional.empty();
        }
        try {
            return Optional.of(LocalDate.of(Integer.parseInt(number.substring(6, 10)),
                    Integer.parseInt(number.substring(10, 12)), Integer.parseInt(number.substring(12, 14))));
        } catch (DateTimeException notADate) {
            return Optional.empty();
        }
    }

    /**
     * ISO 7064 MOD 11-2: weights 2^(17-i) mod 11 for positions i = 1..17, check value (12 - sum mod 11) mod 11, with
     * 10 written as X.
     */
    public static char checkCharacter(CharSequence first17) {
        if (first17 == null || first17.length() != 17 || !isDigits(first17)) {
            throw new IllegalArgumentException("Expected 17 digits");
        }
        int sum = 0;
        int weight = 1;
        for (int i = 16; i >= 0; i--) {
            weight = weight * 2 % 11;
            sum += (first17.charAt(i) - '0') * weight;
        }
        int check = (12 - sum % 11) % 11;
        return check == 10 ? 'X' : (char) ('0' + check);
    }

    private static boolean isCheckCharacter(char c) {
        return (c >= '0' && c <= '9') || c == 'X';
    }

    private static boolean isDigits(CharSequence chars) {
        return chars.chars().allMatch(c -> c >= '0' && c <= '9');
    }
}
