package org.xinyong.workflow.listing;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Fresh, valid subject codes for tests on a shared database, computed here independently of the application's
 * validators: a unified social credit code (GB 32100-2015, with a GB 11714 organisation code) or a resident ID number
 * (GB 11643-1999). Random enough that runs never meet each other's data.
 */
public final class TestSubjects {

    /** GB 32100-2015 §4.2: the 31 characters of the code in value order (no I, O, S, V, Z). */
    private static final String CREDIT_CODE_ALPHABET = "0123456789ABCDEFGHJKLMNPQRTUWXY";
    private static final int[] ORGANISATION_WEIGHTS = {3, 7, 9, 10, 5, 8, 4, 2};
    /** Hegang, Heilongjiang: the division of the demo enterprise ent1. */
    private static final String ORGANISATION_DIVISION = "230400";
    /** Xuanwu district, Nanjing. */
    private static final String RESIDENT_DIVISION = "320102";

    private TestSubjects() {
    }

    /**
     * The body of {@code POST /api/v1/listing-cases} for a serious bid-rigging finding against an enterprise, on an
     * administrative penalty decision (a legally effective basis); mutable, so a test can change one field.
     */
    public static Map<String, Object> seriousFinding(String subjectCode, String subjectName, String basisNumber) {
        Map<String, Object> finding = new LinkedHashMap<>();
        finding.put("subjectType", "ENTERPRISE");
        finding.put("subjectCode", subjectCode);
        finding.put("subjectName", subjectName);
        finding.put("basisType", "ADMINISTRATIVE_PENALTY");
        finding.put("basisNumber", basisNumber);
        finding.put("basisDate", "2026-01-05");
        finding.put("domain", "MARKET_ORDER");
        finding.put("severity", "SERIOUS");
        finding.put("facts", "串通投标，情节严重");
        finding.put("measures", List.of("M-PROCUREMENT-BAN"));
        return finding;
    }

    /** An enterprise (registration authority 9, category 1) with a random organisation code. */
    public static String enterpriseCode() {
        String organisationBody = digits(8);
        String first17 = "91" + ORGANISATION_DIVISION + organisationBody + organisationCheck(organisationBody);
        return first17 + creditCodeCheck(first17);
    }

    /** The same code with a wrong 18th character. */
    public static String withWrongCheckCharacter(String creditCode) {
        char right = creditCode.charAt(17);
        int wrong = (CREDIT_CODE_ALPHABET.indexOf(right) + 1) % CREDIT_CODE_ALPHABET.length();
        return creditCode.substring(0, 17) + CREDIT_CODE_ALPHABET.charAt(wrong);
    }

    /** A resident ID number of someone born between 1960 and 1999. */
    public static String residentIdNumber() {
        ThreadLocalRandom random = ThreadLocalRandom.current();
        LocalDate birth = LocalDate.of(1960, 1, 1).plusDays(random.nextInt(40 * 365));
        String first17 = RESIDENT_DIVISION + birth.toString().replace("-", "") + digits(3);
        return first17 + residentIdCheck(first17);
    }

    /** GB 32100-2015 §5: weights 3^i mod 31, check value (31 - sum mod 31) mod 31. */
    static char creditCodeCheck(String first17) {
        int sum = 0;
        int weight = 1;
        for (int i = 0; i < 17; i++) {
            sum += CREDIT_CODE_ALPHABET.indexOf(first17.charAt(i)) * weight;
            weight = weight * 3 % 31;
        }
        return CREDIT_CODE_ALPHABET.charAt((31 - sum % 31) % 31);
    }

    /** GB 11714-1997: 11 - (weighted sum mod 11), 10 written X, 11 written 0. */
    static char organisationCheck(String first8) {
        int sum = 0;
        for (int i = 0; i < 8; i++) {
            sum += Character.digit(first8.charAt(i), 36) * ORGANISATION_WEIGHTS[i];
        }
        int check = 11 - sum % 11;
        return check == 10 ? 'X' : check == 11 ? '0' : (char) ('0' + check);
    }

    /** ISO 7064 MOD 11-2: weights 2^(17-i) mod 11, check (12 - sum mod 11) mod 11, 10 written X. */
    static char residentIdCheck(String first17) {
        int sum = 0;
        for (int i = 0; i < 17; i++) {
            sum += (first17.charAt(i) - '0') * ((1 << (17 - i)) % 11);
        }
        int check = (12 - sum % 11) % 11;
        return check == 10 ? 'X' : (char) ('0' + check);
    }

    private static String digits(int count) {
        StringBuilder digits = new StringBuilder(count);
        for (int i = 0; i < count; i++) {
            digits.append((char) ('0' + ThreadLocalRandom.current().nextInt(10)));
        }
        return digits.toString();
    }
}
