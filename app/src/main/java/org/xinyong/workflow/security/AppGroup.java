package org.xinyong.workflow.security;

import java.util.Locale;

/**
 * A row of {@code app_group}.
 *
 * @param type DEPARTMENT, DEPARTMENT_HEAD, CREDIT_OFFICE, LEADING_GROUP or SYSTEM
 */
public record AppGroup(String id, String nameZh, String nameEn, String type) {

    public static final String TYPE_SYSTEM = "SYSTEM";

    /** The group's name in the given locale: English for English, Chinese otherwise. */
    public String name(Locale locale) {
        return Locale.ENGLISH.getLanguage().equals(locale.getLanguage()) ? nameEn : nameZh;
    }
}
