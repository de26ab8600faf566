package org.xinyong.workflow.documents;

/**
 * A formal document's number: issuer, kind code, year in 〔〕 and the serial, e.g. {@code 鹤信告〔2026〕7号}. The
 * kind codes already start with 信 (信告, 信决, 信异 …); an issuer that is the code's own beginning (the default issuer
 * 信) is not repeated (issue 19.6: "信信告〔2026〕7号").
 */
public final class DocumentNumbers {

    private DocumentNumbers() {
    }

    public static String of(String issuer, String kindCode, int year, long serial) {
        String prefix = issuer == null ? "" : issuer.strip();
        String code = kindCode == null ? "" : kindCode.strip();
        String head = !prefix.isEmpty() && code.startsWith(prefix) ? code : prefix + code;
        return head + "〔" + year + "〕" + serial + "号";
    }
}
