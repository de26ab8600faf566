package org.xinyong.workflow.documents;

import java.util.ArrayList;
import java.util.List;

import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;

/**
 * Joins the fragments of a document's sentence (a template's own words and the texts a case supplies: facts, reasons,
 * outcomes) without doubled punctuation (issue 19.6: "名单依据已不存在。。", "…撤销名单。）。", "情节严重。 ，事实清楚").
 * Each fragment is trimmed; where the next one starts with a punctuation mark that ends or breaks a clause (。，；：、
 * or a closing or opening bracket), the clause punctuation the text before it ends with is dropped, so the template's
 * mark is the one that stays. A question or exclamation mark is kept and a full stop after it dropped.
 * Templates reach it as {@code ${sentences.join(a, b, …)}} ({@link DocumentRenderer}).
 * <p>
 * A template's line breaks between Chinese words are a space on the page ("情节严重。 依据", "异议理由为： 处罚"): Chinese
 * is written without spaces, so {@link #closeGaps(Document)} takes out the line breaks between two Chinese characters
 * or marks of a rendered document, across its inline elements, and leaves every other space alone.
 */
public final class Sentences {

    /** What the renderer gives every document template. */
    public static final Sentences INSTANCE = new Sentences();

    /** Marks that end or break a clause: dropped at the end of a fragment when the next starts with a mark. */
    private static final String CLAUSE_MARKS = "。，；：、,.;:";
    /** Marks that carry meaning of their own: kept, and a full stop after them dropped. */
    private static final String STRONG_MARKS = "！？!?";
    /** A fragment starting with one of these continues the clause before it. */
    private static final String CONTINUING = CLAUSE_MARKS + "）)（(";
    private static final String FULL_STOPS = "。.";

    private Sentences() {
    }

    /** The fragments joined; {@code null} and blank fragments are left out. */
    public String join(Object... fragments) {
        return joined(fragments);
    }

    public static String joined(Object... fragments) {
        StringBuilder text = new StringBuilder();
        if (fragments == null) {
            return "";
        }
        for (Object fragment : fragments) {
            String next = fragment == null ? "" : strip(fragment.toString());
            if (next.isEmpty()) {
                continue;
            }
            if (text.length() > 0 && CONTINUING.indexOf(next.charAt(0)) >= 0) {
                dropTrailingClauseMarks(text);
                if (text.length() > 0 && STRONG_MARKS.indexOf(text.charAt(text.length() - 1)) >= 0
                        && FULL_STOPS.indexOf(next.charAt(0)) >= 0) {
                    next = next.substring(1);
                }
            }
            text.append(next);
        }
        return text.toString();
    }

    /**
     * Removes the template's line breaks (with the indentation around them) between two Chinese characters or marks
     * of the document's text; a space within a line is left as it is.
     */
    public static void closeGaps(Document document) {
        List<TextNode> nodes = new ArrayList<>();
        NodeTraversor.traverse((NodeVisitor) (node, depth) -> {
            if (node instanceof TextNode text && !(node.parent() instanceof Element parent
                    && (parent.nameIs("style") || parent.nameIs("script") || parent.nameIs("title")))) {
                nodes.add(text);
            }
        }, document.body());
        StringBuilder all = new StringBuilder();
        for (TextNode node : nodes) {
            all.append(node.getWholeText());
        }
        boolean[] drop = new boolean[all.length()];
        int i = 0;
        while (i < all.length()) {
            if (!isGap(all.charAt(i))) {
                i++;
                continue;
            }
            int end = i;
            while (end < all.length() && isGap(all.charAt(end))) {
                end++;
            }
            // a line break is the template's layout; a space on one line is meant ("决定书 鹤市监罚〔2026〕15号")
            boolean lineBreak = all.substring(i, end).indexOf('\n') >= 0 || all.substring(i, end).indexOf('\r') >= 0;
            if (lineBreak && i > 0 && end < all.length() && isChinese(all.charAt(i - 1))
                    && isChinese(all.charAt(end))) {
                java.util.Arrays.fill(drop, i, end, true);
            }
            i = end;
        }
        int offset = 0;
        for (TextNode node : nodes) {
            String text = node.getWholeText();
            StringBuilder kept = new StringBuilder(text.length());
            for (int k = 0; k < text.length(); k++) {
                if (!drop[offset + k]) {
                    kept.append(text.charAt(k));
                }
            }
            offset += text.length();
            if (kept.length() != text.length()) {
                node.text(kept.toString());
            }
        }
    }

    private static boolean isGap(char c) {
        return c == ' ' || c == '\n' || c == '\r' || c == '\t' || c == '\f';
    }

    /** A Han character or a mark of Chinese text (。，、：；“”（）〔〕《》 …). */
    static boolean isChinese(char c) {
        if (Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN) {
            return true;
        }
        Character.UnicodeBlock block = Character.UnicodeBlock.of(c);
        return block == Character.UnicodeBlock.CJK_SYMBOLS_AND_PUNCTUATION
                || block == Character.UnicodeBlock.HALFWIDTH_AND_FULLWIDTH_FORMS
                || c == '“' || c == '”' || c == '‘' || c == '’' || c == '…' || c == '—';
    }

    private static void dropTrailingClauseMarks(StringBuilder text) {
        while (text.length() > 0) {
            char last = text.charAt(text.length() - 1);
            if (CLAUSE_MARKS.indexOf(last) < 0 && !isSpace(last)) {
                return;
            }
            text.setLength(text.length() - 1);
        }
    }

    /** Trims ASCII and full-width (U+3000) spaces alike. */
    private static String strip(String fragment) {
        int start = 0;
        int end = fragment.length();
        while (start < end && isSpace(fragment.charAt(start))) {
            start++;
        }
        while (end > start && isSpace(fragment.charAt(end - 1))) {
            end--;
        }
        return fragment.substring(start, end);
    }

    private static boolean isSpace(char c) {
        return Character.isWhitespace(c) || Character.isSpaceChar(c);
    }
}
