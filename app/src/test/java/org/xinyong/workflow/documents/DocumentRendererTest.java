package org.xinyong.workflow.documents;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.thymeleaf.spring6.SpringTemplateEngine;
import org.thymeleaf.templatemode.TemplateMode;
import org.thymeleaf.templateresolver.ClassLoaderTemplateResolver;

class DocumentRendererTest {

    private final DocumentRenderer renderer = new DocumentRenderer(templateEngine(), new DocumentProperties(null));

    @Test
    void noticeStatesReasonsLegalBasisRightsAndDeadlineCountedFromService() {
        String html = renderer.renderHtml(DocumentKind.LISTING_NOTICE, noticeModel());

        // issue 13.5: the window counts from service, so the notice states its length from service, not a date
        assertThat(html).contains("失信告知书", "鹤岗市某某食品有限公司", "行政处罚决定书", "鹤市监罚〔2026〕15号",
                "陈述、申辩和提出异议的权利", "自本告知书送达之日起", "10个工作日", "限制参加政府采购")
                .doesNotContain("2026年12月7日");
    }

    @Test
    void pdfEmbedsTheChineseFontSoTheTextSurvives() throws IOException {
        byte[] pdf = renderer.renderPdf(renderer.renderHtml(DocumentKind.LISTING_NOTICE, noticeModel()));

        assertThat(new String(pdf, 0, 5)).isEqualTo("%PDF-");
        // kept for a human look at the layout: app/target/documents/listing-notice-sample.pdf
        java.nio.file.Files.createDirectories(java.nio.file.Path.of("target/documents"));
        java.nio.file.Files.write(java.nio.file.Path.of("target/documents/listing-notice-sample.pdf"), pdf);
        try (PDDocument document = Loader.loadPDF(pdf)) {
            String text = new PDFTextStripper().getText(document);
            assertThat(text).contains("失信告知书").contains("鹤岗市某某食品有限公司");
            PDFont font = document.getPage(0).getResources().getFont(
                    document.getPage(0).getResources().getFontNames().iterator().next());
            assertThat(font.getName()).contains("NotoSansSC");
            assertThat(font.isEmbedded()).isTrue();
        }
    }

    @Test
    void decisionNamesRemovalConditionsAndRemedies() {
        Map<String, Object> model = noticeModel();
        model.put("noticeIssuedOn", "2026年11月22日");
        model.put("statementOutcomeText", "你（单位）在期限内未提出陈述申辩。");
        model.put("repairableFromText", "2027年12月22日");
        String html = renderer.renderHtml(DocumentKind.LISTING_DECISION, model);

        assertThat(html).contains("认定决定书", "六十日内依法申请行政复议", "六个月内依法向人民法院提起行政诉讼",
                "2027年12月22日", "不收取任何费用");
    }

    /** Issue 19.6: the case's texts and the template's words meet without doubled punctuation. */
    @Test
    void textsFromTheCaseJoinTheTemplatesWordsWithoutDoubledPunctuation() {
        Map<String, Object> model = noticeModel();
        model.put("facts", "有履行能力但拒不履行，情节严重。 ");
        model.put("noticeIssuedOn", "2026年11月22日");
        model.put("statementOutcomeText", "你（单位）在期限内未提出陈述申辩。");
        model.put("repairableFromText", "2027年12月22日");
        String decision = text(renderer.renderHtml(DocumentKind.LISTING_DECISION, model));
        String notice = text(renderer.renderHtml(DocumentKind.LISTING_NOTICE, model));

        assertThat(decision).contains("情节严重，事实清楚，证据确凿。").doesNotContain("。 ，", "。，");
        assertThat(notice).contains("情节严重。依据", "行政处罚决定书 鹤市监罚〔2026〕15号（2026年10月9日）")
                .doesNotContain("。。");

        model.put("receivedOn", "2026年12月1日");
        model.put("outcomeText", "决定不予受理");
        model.put("reason", "名单依据已不存在。");
        assertThat(text(renderer.renderHtml(DocumentKind.OBJECTION_REFUSAL, model)))
                .contains("决定不予受理，理由如下：名单依据已不存在。").doesNotContain("。。");

        model.put("grounds", "处罚决定已被撤销。");
        model.put("outcomeText", "异议成立，本机关决定撤销名单");
        model.put("reason", "处罚决定已被复议机关撤销，撤销名单。");
        assertThat(text(renderer.renderHtml(DocumentKind.OBJECTION_REPLY, model)))
                .contains("异议理由为：处罚决定已被撤销。", "撤销名单（处罚决定已被复议机关撤销，撤销名单）。")
                .doesNotContain("。。", "。）");
        model.put("reason", "");
        assertThat(text(renderer.renderHtml(DocumentKind.OBJECTION_REPLY, model)))
                .contains("经核实，异议成立，本机关决定撤销名单。").doesNotContain("（）");
    }

    /** Issue 19.6: the notice's signature stood alone on page 2; it keeps the closing paragraph with it. */
    @Test
    void theSignatureIsNeverAloneOnItsPage() throws IOException {
        for (int measureCount = 1; measureCount <= 8; measureCount++) {
            Map<String, Object> model = noticeModel();
            List<Map<String, Object>> measures = new java.util.ArrayList<>();
            for (int i = 0; i < measureCount; i++) {
                measures.add(Map.of("title", "依法限制参加政府采购活动，限制取得政府供应土地，限制参与基础设施和公用事业特许经营" + i,
                        "mandatory", i % 2 == 0, "legalBasis",
                        "《国务院办公厅关于加快推进社会信用体系建设构建以信用为基础的新型监管机制的指导意见》（国办发〔2019〕35号）"));
            }
            model.put("measures", measures);
            byte[] pdf = renderer.renderPdf(renderer.renderHtml(DocumentKind.LISTING_NOTICE, model));
            try (PDDocument document = Loader.loadPDF(pdf)) {
                PDFTextStripper stripper = new PDFTextStripper();
                int last = document.getNumberOfPages();
                stripper.setStartPage(last);
                stripper.setEndPage(last);
                String lastPage = stripper.getText(document).replaceAll("\\s+", "");
                assertThat(lastPage).as("the last of %d pages with %d measures", last, measureCount)
                        .contains("鹤岗市市场监督管理局2026年11月22日")
                        .isNotEqualTo("鹤岗市市场监督管理局2026年11月22日");
            }
        }
    }

    private static String text(String html) {
        return org.jsoup.Jsoup.parse(html).text();
    }

    private static Map<String, Object> noticeModel() {
        Map<String, Object> model = new HashMap<>();
        model.put("departmentName", "鹤岗市市场监督管理局");
        model.put("documentNumber", "鹤市监信告〔2026〕1号");
        model.put("subjectName", "鹤岗市某某食品有限公司");
        model.put("subjectCodeLabel", "统一社会信用代码");
        model.put("subjectCode", "91230400MA19XY0035");
        model.put("facts", "生产经营不符合食品安全标准的食品");
        model.put("basisTypeLabel", "行政处罚决定书");
        model.put("basisNumber", "鹤市监罚〔2026〕15号");
        model.put("basisDate", "2026年10月9日");
        model.put("domainLabel", "生命健康领域");
        model.put("severityLabel", "严重");
        model.put("measures", List.of(Map.of("title", "限制参加政府采购", "mandatory", true,
                "legalBasis", "《政府采购法》第二十二条")));
        model.put("statementDueOn", "2026年12月7日");
        model.put("statementWindowText", "10个工作日");
        model.put("publicationPeriodText", "三年");
        model.put("issuedOn", "2026年11月22日");
        return model;
    }

    private static SpringTemplateEngine templateEngine() {
        ClassLoaderTemplateResolver resolver = new ClassLoaderTemplateResolver();
        resolver.setPrefix("templates/");
        resolver.setSuffix(".html");
        resolver.setTemplateMode(TemplateMode.HTML);
        resolver.setCharacterEncoding("UTF-8");
        SpringTemplateEngine engine = new SpringTemplateEngine();
        engine.setTemplateResolver(resolver);
        return engine;
    }
}
