package org.xinyong.workflow.documents.web;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * The stored document as a page to read and print (issue 19.6): a bar with the way back and a print button, and on
 * screen an A4 sheet with the document's own margins; printed, the bar is gone and the document's {@code @page}
 * margins apply. The document of record (and its PDF) stays as it was issued: only the answer is dressed.
 */
final class DocumentView {

    /** The ids the script and the tests find. */
    static final String TOOLBAR_ID = "document-toolbar";
    static final String BACK_ID = "document-back";
    static final String PRINT_ID = "document-print";

    static final String STYLE = """
            html { background: #e9ecef; }
            body { box-sizing: border-box; max-width: 210mm; min-height: 297mm; margin: 16px auto 32px;
                   padding: 25mm 22mm; background: #fff; box-shadow: 0 1px 6px rgba(0, 0, 0, .18); }
            .document-toolbar { position: sticky; top: 0; display: flex; gap: 8px; justify-content: space-between;
                   align-items: center; margin: -25mm -22mm 12mm; padding: 10px 22mm; background: #f8f9fa;
                   border-bottom: 1px solid #d7dde6; font-size: 11pt; line-height: 1.5; text-indent: 0; }
            .document-toolbar a, .document-toolbar button { font: inherit; padding: 4px 14px; border-radius: 4px;
                   border: 1px solid #1b4f9c; color: #1b4f9c; background: #fff; text-decoration: none;
                   cursor: pointer; }
            .document-toolbar button { background: #1b4f9c; color: #fff; }
            .document-toolbar a:focus-visible, .document-toolbar button:focus-visible { outline: 3px solid #f0b400;
                   outline-offset: 2px; }
            @media print {
              html { background: none; }
              body { max-width: none; min-height: 0; margin: 0; padding: 0; box-shadow: none; }
              .document-toolbar { display: none !important; }
            }
            """;

    private DocumentView() {
    }

    /**
     * @param storedHtml the document of record
     * @param backHref   where "back" leads (the case page, the portal)
     * @param script     the path of the print button's script (no inline script: the page's CSP)
     */
    static String page(String storedHtml, String backHref, String backLabel, String printLabel, String toolbarLabel,
                       String script) {
        Document page = Jsoup.parse(storedHtml);
        page.outputSettings().prettyPrint(false);
        page.head().appendElement("style").attr("id", "document-view-style").appendText(STYLE);
        page.head().appendElement("script").attr("src", script).attr("defer", true);
        Element toolbar = page.body().prependElement("nav").id(TOOLBAR_ID).addClass("document-toolbar")
                .attr("aria-label", toolbarLabel);
        toolbar.appendElement("a").id(BACK_ID).attr("href", backHref).text(backLabel);
        toolbar.appendElement("button").id(PRINT_ID).attr("type", "button").text(printLabel);
        return page.outerHtml();
    }
}
