package org.xinyong.workflow.publication;

/**
 * How people appear on the public list (DOMAIN "Privacy and audit"; seed001 §四 13): the family name and the first
 * four and last four characters of the ID number, e.g. 张* and 3201**********1234. Enterprises are shown in full.
 */
public final class Masking {

    private Masking() {
    }

    public static String name(String name) {
        if (name == null || name.isBlank()) {
            return name;
        }
        String trimmed = name.trim();
        int first = trimmed.offsetByCodePoints(0, 1);
        return trimmed.substring(0, first) + "*".repeat(Math.max(1, trimmed.codePointCount(first, trimmed.length())));
    }

    public static String idNumber(String idNumber) {
        if (idNumber == null || idNumber.length() <= 8) {
            return "*".repeat(idNumber == null ? 0 : idNumber.length());
        }
        return idNumber.substring(0, 4) + "*".repeat(idNumber.length() - 8) + idNumber.substring(idNumber.length() - 4);
    }
}
