package org.xinyong.workflow.sanctions;

import java.util.List;
import java.util.Locale;
/**
 * A kind of matter an approving department checks an applicant for (issue 16 "Matter-specific, bulk checks"; seed000
 * §五(四) 自动比对、自动拦截: 政府采购, 招标投标, 财政资金支持, 评优评先, 行政许可, 国有土地出让 ...).
 *
 * @param measures the codes of the catalogue measures (data/reference/measures.json) that restrict this matter
 * @param source   the seed clauses the mapping rests on
 */
public record Matter(String code, String titleZh, String titleEn, List<String> measures, String source) {

    public Matter {
        measures = List.copyOf(measures);
    }

    public String title(Locale locale) {
        // as the reference data's titles: Chinese by default, English for an English request
        return locale != null && Locale.ENGLISH.getLanguage().equals(locale.getLanguage()) ? titleEn : titleZh;
    }
}
