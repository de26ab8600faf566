package org.xinyong.workflow.reference;

import java.util.Locale;

/** Reference data is kept in Chinese, the default, and English. */
final class Languages {

    private Languages() {
    }

    static boolean isEnglish(Locale locale) {
        return locale != null && Locale.ENGLISH.getLanguage().equals(locale.getLanguage());
    }
}
