package org.xinyong.workflow.documents;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Issue 19.6: fragments of a document's sentence joined without doubled punctuation. */
class SentencesTest {

    @Test
    void theTemplatesFullStopIsNotDoubled() {
        assertThat(Sentences.joined("名单依据已不存在。", "。")).isEqualTo("名单依据已不存在。");
        assertThat(Sentences.joined("名单依据已不存在", "。")).isEqualTo("名单依据已不存在。");
    }

    @Test
    void aFullStopBeforeTheTemplatesCommaGoesWithTheSpaceAfterIt() {
        assertThat(Sentences.joined("有履行能力但拒不履行，情节严重。 ", "，事实清楚，证据确凿。"))
                .isEqualTo("有履行能力但拒不履行，情节严重，事实清楚，证据确凿。");
    }

    @Test
    void aReasonInBracketsLosesItsFullStopButTheBracketIsKept() {
        String reason = Sentences.joined("原认定信息有误，撤销名单。", "）");

        assertThat(Sentences.joined("异议成立", "（" + reason, "。")).isEqualTo("异议成立（原认定信息有误，撤销名单）。");
        assertThat(Sentences.joined("见第三条（一）", "。")).as("a closing bracket is no clause mark")
                .isEqualTo("见第三条（一）。");
    }

    @Test
    void questionAndExclamationMarksStay() {
        assertThat(Sentences.joined("何以认定？", "。")).isEqualTo("何以认定？");
        assertThat(Sentences.joined("何以认定？", "，请说明")).isEqualTo("何以认定？，请说明");
    }

    @Test
    void templateLineBreaksInsideChineseTextAreNoSpacesButSpacesWithinALineStay() {
        org.jsoup.nodes.Document page = org.jsoup.Jsoup.parse("""
                <html><head><title>告知 书</title></head><body>
                <p>经查，你（单位）存在下列失信行为：<span>情节严重。</span>
                    依据<span>行政处罚决定书</span>，请于
                    <strong>2026年12月7日</strong>前 提交。Article 3 applies.</p>
                <p>异议理由为：
                    <span>处罚决定已被撤销。</span></p></body></html>""");

        Sentences.closeGaps(page);

        assertThat(page.select("p").get(0).text())
                .isEqualTo("经查，你（单位）存在下列失信行为：情节严重。依据行政处罚决定书，请于 2026年12月7日前 提交。Article 3 applies.");
        assertThat(page.select("p").get(1).text()).isEqualTo("异议理由为：处罚决定已被撤销。");
        assertThat(page.title()).as("only the body's text").isEqualTo("告知 书");
    }

    @Test
    void blankAndMissingFragmentsAreLeftOutAndSpacesTrimmed() {
        assertThat(Sentences.joined(null, "  ", "\u3000理由\u3000", null, "。")).isEqualTo("理由。");
        assertThat(Sentences.joined()).isEmpty();
        assertThat(Sentences.INSTANCE.join("甲；", "；乙")).isEqualTo("甲；乙");
        assertThat(Sentences.joined("理由：", "未按期整改")).as("a colon before text stays").isEqualTo("理由：未按期整改");
    }
}
