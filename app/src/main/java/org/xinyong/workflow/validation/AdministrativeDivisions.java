package org.xinyong.workflow.validation;

import java.util.Set;

/**
 * The provincial part of a six-digit administrative division code (GB/T 2260), the only part that is stable enough
 * to check without a full, yearly changing division table.
 */
final class AdministrativeDivisions {

    /** Provinces, autonomous regions, municipalities, Taiwan, Hong Kong and Macao (GB/T 2260). */
    private static final Set<String> PROVINCES = Set.of(
            "11", "12", "13", "14", "15",
            "21", "22", "23",
            "31", "32", "33", "34", "35", "36", "37",
            "41", "42", "43", "44", "45", "46",
            "50", "51", "52", "53", "54",
            "61", "62", "63", "64", "65",
            "71", "81", "82");

    /** Organisations registered at national level carry the division code 100000 (GB 32100-2015 §4.3). */
    private static final String NATIONAL = "10";

    /** Residence permits of Taiwan residents use 830000 with the resident ID number scheme. */
    private static final String TAIWAN_RESIDENCE_PERMIT = "83";

    private AdministrativeDivisions() {
    }

    static boolean isValidForOrganisation(String division) {
        return isSixDigits(division) && (PROVINCES.contains(division.substring(0, 2))
                || division.startsWith(NATIONAL));
    }

    static boolean isValidForResident(String division) {
        return isSixDigits(division) && (PROVINCES.contains(division.substring(0, 2))
                || division.startsWith(TAIWAN_RESIDENCE_PERMIT));
    }

    private static boolean isSixDigits(String division) {
        return division.length() == 6 && division.chars().allMatch(c -> c >= '0' && c <= '9');
    }
}
