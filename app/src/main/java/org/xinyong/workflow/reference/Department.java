package org.xinyong.workflow.reference;

import java.util.Locale;

/** A department; identifying departments' security groups are {@code dept-<code>} and {@code dept-<code>-head}. */
public record Department(String code, String nameZh, String nameEn, DepartmentKind kind) {

    /** The name in the given language: English for English, Chinese for everything else. */
    public String name(Locale locale) {
        return Languages.isEnglish(locale) ? nameEn : nameZh;
    }
}
